package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.network.Network;

/**
 * The outcome of {@link Trainer#train}.
 *
 * @param network the trained network (a new instance; the one given is unchanged)
 * @param epochs epochs trained
 * @param mse the training MSE of the last epoch
 * @param bitFails the bit fails of the last epoch
 * @param reason why training ended
 */
public record TrainingResult(Network network, int epochs, float mse, int bitFails, StopReason reason) {
}
