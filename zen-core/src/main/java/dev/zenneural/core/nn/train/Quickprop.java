package dev.zenneural.core.nn.train;

/**
 * Fahlman's Quickprop, FANN's {@code FANN_TRAIN_QUICKPROP} ({@code fann_update_weights_quickprop}):
 * fits a parabola through each weight's last two slopes and jumps towards its minimum, at most
 * {@code mu} times the previous step; a weight decay term keeps weights small. Weights are clamped
 * to +-1500 as in libfann.
 *
 * @param learningRate scale of the linear (gradient) term; FANN's default 0.7
 * @param decay weight decay added to each slope, negative to shrink; FANN's default -0.0001
 * @param mu largest growth of a step; FANN's default 1.75
 */
public record Quickprop(float learningRate, float decay, float mu) implements FullBatchAlgorithm {

    /** Steps smaller than this count as none: libfann's threshold (compared in double). */
    private static final double TINY_STEP = 0.001;

    /** Validates the parameters. */
    public Quickprop {
        Checks.positive("learning rate", learningRate);
        Checks.finite("decay", decay);
        Checks.positive("mu", mu);
    }

    /** FANN's defaults: learning rate 0.7, decay -0.0001, mu 1.75. */
    public static Quickprop defaults() {
        return new Quickprop(0.7f, -0.0001f, 1.75f);
    }

    @Override
    public SlopeRule rule(int numWeights) {
        float[] previousSteps = new float[numWeights];
        float[] previousSlopes = new float[numWeights];
        float shrinkFactor = (float) (mu / (1.0 + mu));
        return (weights, slopes, numPairs, epoch, mse) -> {
            float epsilon = learningRate / numPairs;
            for (int i = 0; i < weights.length; i++) {
                float w = weights[i];
                float previousStep = previousSteps[i];
                float slope = slopes[i] + decay * w;
                float previousSlope = previousSlopes[i];
                float step = 0.0f;
                // Every step goes against the slope's sign change: the linear term only while the
                // slope keeps the previous step's direction, then the parabola (or mu times the step).
                if (previousStep > TINY_STEP) {
                    if (slope > 0.0f) {
                        step += epsilon * slope;
                    }
                    step += slope > shrinkFactor * previousSlope ? mu * previousStep
                            : previousStep * slope / (previousSlope - slope);
                } else if (previousStep < -TINY_STEP) {
                    if (slope < 0.0f) {
                        step += epsilon * slope;
                    }
                    step += slope < shrinkFactor * previousSlope ? mu * previousStep
                            : previousStep * slope / (previousSlope - slope);
                } else {
                    step += epsilon * slope;
                }
                previousSteps[i] = step;
                w += step;
                weights[i] = w > WeightLimits.MAX ? WeightLimits.MAX : w < -WeightLimits.MAX ? -WeightLimits.MAX : w;
                previousSlopes[i] = slope;
            }
        };
    }
}
