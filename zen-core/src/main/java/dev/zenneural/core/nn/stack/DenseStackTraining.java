package dev.zenneural.core.nn.stack;

/**
 * A compute backend that trains {@link DenseNet}s (stacks of dense layers, possibly after pooling
 * or recurrent layers, summed or doubly residual, and a TCN's convolutions) on its own device: the weights, Adam's state and the activations stay there between
 * steps; a step sends one batch up and brings its loss back. Found on backends made by {@link
 * dev.zenneural.core.backend.Backends} ({@code instanceof}); the CPU backend does not have it,
 * because the CPU trains such nets in place.
 */
public interface DenseStackTraining {

    /**
     * Copies a net's weights to the device and prepares Adam's state (zeros) and scratch for
     * {@link StackSettings#maxRows()} rows.
     *
     * @param net the net (its arrays copied, not kept)
     * @param settings the loss, Adam's constants, clipping and the most rows per call
     * @return the run; close it to free the device memory it holds
     * @throws IllegalArgumentException if the net is too large for the device's buffers
     */
    DenseStackRun start(DenseNet net, StackSettings settings);
}
