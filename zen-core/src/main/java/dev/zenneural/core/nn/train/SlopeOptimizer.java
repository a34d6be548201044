package dev.zenneural.core.nn.train;

import java.util.Arrays;

/**
 * A {@link FullBatchAlgorithm}'s epoch: sum the slopes of all pairs with the epoch's starting
 * weights, then let the rule update all weights at once, and clear the slopes.
 */
final class SlopeOptimizer implements Optimizer {

    private final SlopeRule rule;
    private float[] slopes;

    SlopeOptimizer(SlopeRule rule) {
        this.rule = rule;
    }

    @Override
    public void epoch(EpochData data, float[] weights) {
        if (slopes == null) {
            slopes = new float[weights.length];
        }
        data.addSlopes(weights, 0, data.numPairs(), slopes);
        rule.update(weights, slopes, data.numPairs(), data.epoch(), data.mse());
        Arrays.fill(slopes, 0f);
    }
}
