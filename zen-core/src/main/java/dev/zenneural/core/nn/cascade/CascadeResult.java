package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.nn.network.Network;

/**
 * The outcome of {@link CascadeTrainer#train}.
 *
 * @param network the grown shortcut network (a new instance; the one given is unchanged)
 * @param hiddenNeurons hidden neurons added, each in a layer of its own
 * @param mse the training MSE of the last output-training epoch
 * @param bitFails the bit fails of that epoch
 * @param totalEpochs output and candidate epochs trained, as libfann counts them
 * @param reason why no more neurons were added
 */
public record CascadeResult(Network network, int hiddenNeurons, float mse, int bitFails, int totalEpochs,
        CascadeStopReason reason) {
}
