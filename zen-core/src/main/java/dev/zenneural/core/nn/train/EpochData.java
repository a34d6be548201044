package dev.zenneural.core.nn.train;

import java.util.Objects;

/**
 * What an {@link Optimizer} trains one epoch on: the pairs in this epoch's order, and the ways to
 * compute their slopes. Every pair whose slopes are computed is accounted in the epoch's error
 * (the MSE and bit fails the {@link Trainer} reports), with the weights it was computed with.
 * Valid only during the {@link Optimizer#epoch} call it is given to.
 */
public final class EpochData {

    private final int epoch;
    private final Pairs pairs;
    private final SlopeEngine engine;
    private final Backprop backprop;

    EpochData(int epoch, Pairs pairs, SlopeEngine engine, Backprop backprop) {
        this.epoch = epoch;
        this.pairs = pairs;
        this.engine = engine;
        this.backprop = backprop;
    }

    /** The epoch being trained, from 1. */
    public int epoch() {
        return epoch;
    }

    /** How many pairs the epoch has. */
    public int numPairs() {
        return pairs.numPairs();
    }

    /** The pairs, in this epoch's order. */
    public Pairs pairs() {
        return pairs;
    }

    /**
     * Adds the slopes of pairs {@code from} (inclusive) to {@code to} (exclusive), computed with
     * {@code weights}, to {@code slopes} (one per weight): the sum over the pairs of each connection's
     * error times its source's value, positive where the weight should grow. Uses the trainer's
     * threads; for FANN's standard and shortcut networks the pairs go through as matrix products.
     *
     * @throws IndexOutOfBoundsException if the range is not within the epoch's pairs
     */
    public void addSlopes(float[] weights, int from, int to, float[] slopes) {
        Objects.checkFromToIndex(from, to, pairs.numPairs());
        if (slopes.length != weights.length) {
            throw new IllegalArgumentException("slopes has length " + slopes.length + "; expected one per weight ("
                    + weights.length + ")");
        }
        engine.addSlopes(weights, pairs, from, to, slopes, backprop.accumulator());
    }

    /**
     * The pair-by-pair engine, for algorithms that update the weights after every pair: its
     * {@link Backprop#compute} accounts the pair in the epoch's error.
     */
    public Backprop backprop() {
        return backprop;
    }

    /** The MSE of the pairs accounted so far in this epoch. */
    public float mse() {
        return backprop.accumulator().mse();
    }
}
