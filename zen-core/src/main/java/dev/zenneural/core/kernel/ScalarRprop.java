package dev.zenneural.core.kernel;

/** {@link RpropKernel} as libfann writes it: one weight at a time, with branches. */
final class ScalarRprop implements RpropKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void update(float[] weights, float[] slopes, float[] previousSteps, float[] previousSlopes, float increase,
            float decrease, float deltaMin, float deltaMax, float minPreviousStep, float weightLimit) {
        range(0, weights.length, weights, slopes, previousSteps, previousSlopes, increase, decrease, deltaMin,
                deltaMax, minPreviousStep, weightLimit);
    }

    /** The update of weights {@code from} to {@code to} (exclusive): also the vector kernel's tail. */
    static void range(int from, int to, float[] weights, float[] slopes, float[] previousSteps,
            float[] previousSlopes, float increase, float decrease, float deltaMin, float deltaMax,
            float minPreviousStep, float weightLimit) {
        for (int i = from; i < to; i++) {
            float previousStep = Math.max(previousSteps[i], minPreviousStep);
            float slope = slopes[i];
            float step;
            if (previousSlopes[i] * slope >= 0.0f) {
                step = Math.min(previousStep * increase, deltaMax);
            } else {
                step = Math.max(previousStep * decrease, deltaMin);
                slope = 0;
            }
            weights[i] = slope < 0 ? Math.max(weights[i] - step, -weightLimit)
                    : Math.min(weights[i] + step, weightLimit);
            previousSteps[i] = step;
            previousSlopes[i] = slope;
        }
    }
}
