package dev.zenneural.core.nn.stack;

/**
 * One {@link DenseNet} being trained on a device (see {@link DenseStackTraining}). Arrays are
 * row-major: inputs {@code rows x in}, targets and mask {@code rows x out}; a call reads only their
 * first {@code rows} rows, so batches may live in larger reused arrays. Not thread-safe.
 */
public interface DenseStackRun extends AutoCloseable {

    /**
     * One Adam step: forward, the loss and its gradient, backward, the optional gradient clip and
     * the update, all on the device; the loss of the weights before the update comes back.
     *
     * @param inputs the batch's inputs
     * @param targets its targets
     * @param mask per target, how much it counts (0 or 1 for masked windows)
     * @param rows the batch's rows; 1 to {@link StackSettings#maxRows()}
     * @param learningRate this step's learning rate
     * @return the loss: the mask-weighted mean over the targets (0 when the mask is all zeros)
     * @throws IllegalArgumentException if {@code rows} is out of range or an array too short
     * @throws IllegalStateException if clipping is on and the gradient is not finite
     */
    double step(float[] inputs, float[] targets, float[] mask, int rows, float learningRate);

    /**
     * The loss of a batch under the current weights, without training (validation).
     *
     * @return as {@link #step}'s
     * @throws IllegalArgumentException as {@link #step}
     */
    double loss(float[] inputs, float[] targets, float[] mask, int rows);

    /**
     * The outputs of a batch under the current weights.
     *
     * @return {@code rows x out} values
     * @throws IllegalArgumentException if {@code rows} is out of range or {@code inputs} too short
     */
    float[] forward(float[] inputs, int rows);

    /**
     * Copies the current weights from the device.
     *
     * @return the net as {@link DenseStackTraining#start} took it, with the trained values
     */
    DenseNet trained();

    /** Frees the device memory of this run; does nothing the second time. */
    @Override
    void close();
}
