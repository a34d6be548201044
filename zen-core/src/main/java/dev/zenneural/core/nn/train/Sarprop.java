package dev.zenneural.core.nn.train;

import java.util.SplittableRandom;

/**
 * SARPROP, FANN's {@code FANN_TRAIN_SARPROP} ({@code fann_update_weights_sarprop}): RPROP with
 * simulated annealing. A weight decay that fades with the epochs is added to every slope, and after a
 * sign flip a step that is already small against the epoch's MSE gets random noise, also fading, so
 * that training can leave shallow minima early on.
 *
 * <p>Follows libfann step by step, including where it is odd: every step starts at 0 (libfann
 * clears them for RPROP only), so the first moves are 1e-6; a weight whose slope was forgotten
 * after a flip moves by its previous step and takes over the new step of the weight before it; the
 * smallest step is 1e-6 whatever {@link Rprop} says. Only the noise differs: libfann draws it from
 * C's {@code rand()}, this class from a generator seeded with {@code seed}, so runs repeat.
 *
 * @param increaseFactor step growth while the sign holds; FANN's default 1.2
 * @param decreaseFactor step shrink on a sign flip; FANN's default 0.5
 * @param deltaMax largest step; FANN's default 50
 * @param weightDecayShift log2 of the weight decay at epoch 0; FANN's default -6.644 (decay 0.01)
 * @param stepErrorThresholdFactor a step below this times the MSE gets noise after a flip; FANN's
 *     default 0.1
 * @param stepErrorShift log2 of the noise scale at epoch 0; FANN's default 1.385
 * @param temperature how fast decay and noise fade per epoch (in log2); FANN's default 0.015
 * @param seed seeds the noise
 */
public record Sarprop(float increaseFactor, float decreaseFactor, float deltaMax, float weightDecayShift,
        float stepErrorThresholdFactor, float stepErrorShift, float temperature, long seed)
        implements FullBatchAlgorithm {

    /** libfann's smallest step, fixed for SARPROP. */
    private static final float DELTA_MIN = 0.000001f;

    /** Validates the parameters. */
    public Sarprop {
        Checks.positive("increase factor", increaseFactor);
        Checks.positive("decrease factor", decreaseFactor);
        Checks.positive("delta max", deltaMax);
        Checks.finite("weight decay shift", weightDecayShift);
        Checks.atLeastZero("step error threshold factor", stepErrorThresholdFactor);
        Checks.finite("step error shift", stepErrorShift);
        Checks.atLeastZero("temperature", temperature);
    }

    /** FANN's defaults, with noise seed 0. */
    public static Sarprop defaults() {
        return new Sarprop(1.2f, 0.5f, 50f, -6.644f, 0.1f, 1.385f, 0.015f, 0L);
    }

    /** These parameters with another noise seed. */
    public Sarprop withSeed(long newSeed) {
        return new Sarprop(increaseFactor, decreaseFactor, deltaMax, weightDecayShift, stepErrorThresholdFactor,
                stepErrorShift, temperature, newSeed);
    }

    @Override
    public SlopeRule rule(int numWeights) {
        float[] previousSteps = new float[numWeights];
        float[] previousSlopes = new float[numWeights];
        SplittableRandom random = new SplittableRandom(seed);
        return (weights, slopes, numPairs, epoch, mse) -> {
            // libfann counts SARPROP's epochs from 0.
            int annealEpoch = epoch - 1;
            float rmse = (float) Math.sqrt(mse);
            float decay = exp2(-temperature * annealEpoch + weightDecayShift);
            float noiseScale = exp2(-temperature * annealEpoch + stepErrorShift);
            float nextStep = 0;
            for (int i = 0; i < weights.length; i++) {
                float previousStep = Math.max(previousSteps[i], DELTA_MIN);
                // The gradient of the error (libfann's slopes point downhill) plus the decay term.
                float slope = -slopes[i] - weights[i] * decay;
                float sameSign = previousSlopes[i] * slope;
                if (sameSign > 0) {
                    nextStep = Math.min(previousStep * increaseFactor, deltaMax);
                    weights[i] += slope < 0 ? nextStep : -nextStep;
                } else if (sameSign < 0) {
                    nextStep = previousStep < stepErrorThresholdFactor * mse
                            ? previousStep * decreaseFactor + (float) random.nextDouble() * rmse * noiseScale
                            : Math.max(previousStep * decreaseFactor, DELTA_MIN);
                    slope = 0;
                } else {
                    weights[i] += slope < 0 ? previousStep : -previousStep;
                }
                previousSteps[i] = nextStep;
                previousSlopes[i] = slope;
            }
        };
    }

    /** libfann's {@code fann_exp2}: {@code exp(ln 2 * x)} in double, rounded to float. */
    private static float exp2(float x) {
        return (float) Math.exp(0.69314718055994530942 * x);
    }
}
