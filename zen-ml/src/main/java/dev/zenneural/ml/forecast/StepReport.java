package dev.zenneural.ml.forecast;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * What a {@link StepListener} learns after each training step.
 *
 * @param model the alias of the model being trained
 * @param step the step just taken, from 1
 * @param trainLoss the loss of the step's batch (in normalised units, before the update)
 * @param validationLoss the loss on the validation windows, at steps where it was checked
 * @param elapsed time since this model's training started
 */
public record StepReport(String model, int step, double trainLoss, OptionalDouble validationLoss, Duration elapsed) {
}
