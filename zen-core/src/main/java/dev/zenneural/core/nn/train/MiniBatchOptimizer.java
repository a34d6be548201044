package dev.zenneural.core.nn.train;

import java.util.Arrays;

/**
 * The shape of mini-batch algorithms: the epoch's pairs, in order, are cut into batches of
 * {@code batchSize} (the last may be smaller); each batch's slopes are summed with the current
 * weights, then the weights take one step.
 */
abstract class MiniBatchOptimizer implements Optimizer {

    final float[] slopes;
    private final int batchSize;

    MiniBatchOptimizer(int numWeights, int batchSize) {
        this.slopes = new float[numWeights];
        this.batchSize = batchSize;
    }

    @Override
    public final void epoch(EpochData data, float[] weights) {
        for (int from = 0; from < data.numPairs(); from += batchSize) {
            int to = Math.min(data.numPairs(), from + batchSize);
            data.addSlopes(weights, from, to, slopes);
            step(weights, to - from);
            Arrays.fill(slopes, 0f);
        }
    }

    /** Moves the weights along {@link #slopes}, summed over a batch of {@code batchPairs} pairs. */
    abstract void step(float[] weights, int batchPairs);

    static void checkBatchSize(int batchSize) {
        Checks.atLeast("batch size", batchSize, 1);
    }
}
