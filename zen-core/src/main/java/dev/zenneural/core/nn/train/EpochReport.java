package dev.zenneural.core.nn.train;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * What a {@link TrainingListener} learns after each epoch.
 *
 * @param epoch the epoch just trained, from 1
 * @param trainMse the MSE over the training pairs during the epoch (before its updates, as libfann
 *     reports it)
 * @param bitFails training outputs at least the bit-fail limit off during the epoch
 * @param validationMse the MSE of the validation pairs with the weights after the epoch; empty
 *     without validation data
 * @param elapsed time since training started
 */
public record EpochReport(int epoch, float trainMse, int bitFails, OptionalDouble validationMse,
        Duration elapsed) {
}
