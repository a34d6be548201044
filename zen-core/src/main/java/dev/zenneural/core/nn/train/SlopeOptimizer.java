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
    public final void epoch(EpochData data, float[] weights) {
        data.addSlopes(weights, 0, data.numPairs(), slopes);
        update(weights, data.numPairs(), data);
        java.util.Arrays.fill(slopes, 0f);
    }

    /** Moves the weights along {@link #slopes}, summed over {@code numPairs} pairs of {@code data}. */
    abstract void update(float[] weights, int numPairs, EpochData data);
}
