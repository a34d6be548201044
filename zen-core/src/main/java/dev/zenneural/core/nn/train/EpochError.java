package dev.zenneural.core.nn.train;

/**
 * The error of one training epoch, as a {@link DeviceTrainingRun} reports it.
 *
 * @param mse the mean squared (for symmetric activations, halved) difference over every output of
 *     every pair
 * @param bitFails outputs at least the bit-fail limit off
 */
public record EpochError(float mse, int bitFails) {
}
