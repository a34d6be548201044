package dev.zenneural.core.nn.train;

/**
 * The shape every full-batch algorithm shares: sum the slopes of all pairs with the epoch's
 * starting weights, then update all weights at once and clear the slopes.
 */
abstract class SlopeOptimizer implements Optimizer {

    final float[] slopes;

    SlopeOptimizer(int numWeights) {
        this.slopes = new float[numWeights];
    }

    @Override
    public final void epoch(Backprop backprop, Pairs data, float[] weights) {
        for (int pair = 0; pair < data.numPairs(); pair++) {
            backprop.compute(weights, data.inputs(), data.targets(), pair);
            backprop.addSlopes(slopes);
        }
        update(weights, data.numPairs(), backprop.accumulator());
        java.util.Arrays.fill(slopes, 0f);
    }

    /** Moves the weights along {@link #slopes}, summed over {@code numPairs} pairs. */
    abstract void update(float[] weights, int numPairs, ErrorAccumulator epochError);
}
