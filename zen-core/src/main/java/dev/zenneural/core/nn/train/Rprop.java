package dev.zenneural.core.nn.train;

import dev.zenneural.core.kernel.RpropSteps;
import java.util.Arrays;

/**
 * iRPROP-, FANN's {@code FANN_TRAIN_RPROP} and default ({@code fann_update_weights_irpropm}): each
 * weight has its own step, grown while its slope keeps its sign and shrunk when the sign flips (and
 * then the slope is forgotten for one epoch). Only the slope's sign is used, so the learning rate
 * plays no part.
 *
 * <p>Matches libfann also where it is odd: a weight whose slope is zero (also right after a sign
 * flip) moves up by its step, and weights are clamped to +-1500.
 *
 * @param increaseFactor step growth while the sign holds; FANN's default 1.2
 * @param decreaseFactor step shrink on a sign flip; FANN's default 0.5
 * @param deltaMin smallest step; FANN's default 0
 * @param deltaMax largest step; FANN's default 50
 * @param deltaZero every weight's first step; FANN's default 0.1
 */
public record Rprop(float increaseFactor, float decreaseFactor, float deltaMin, float deltaMax, float deltaZero)
        implements FullBatchAlgorithm {

    /** libfann's lower bound for a step, so that a weight never stops moving for good. */
    private static final float MIN_PREVIOUS_STEP = 0.0001f;

    /** Validates the parameters. */
    public Rprop {
        Checks.positive("increase factor", increaseFactor);
        Checks.positive("decrease factor", decreaseFactor);
        Checks.atLeastZero("delta min", deltaMin);
        Checks.positive("delta max", deltaMax);
        Checks.positive("delta zero", deltaZero);
        if (deltaMin > deltaMax) {
            throw new IllegalArgumentException("delta min " + deltaMin + " is above delta max " + deltaMax);
        }
    }

    /** FANN's defaults: increase 1.2, decrease 0.5, delta min 0, delta max 50, delta zero 0.1. */
    public static Rprop defaults() {
        return new Rprop(1.2f, 0.5f, 0f, 50f, 0.1f);
    }

    @Override
    public SlopeRule rule(int numWeights) {
        float[] previousSteps = new float[numWeights];
        Arrays.fill(previousSteps, deltaZero);
        float[] previousSlopes = new float[numWeights];
        return (weights, slopes, numPairs, epoch, mse) -> RpropSteps.update(weights, slopes, previousSteps,
                previousSlopes, increaseFactor, decreaseFactor, deltaMin, deltaMax, MIN_PREVIOUS_STEP,
                WeightLimits.MAX);
    }
}
