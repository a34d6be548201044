package dev.zenneural.core.nn.train;

/**
 * The mutable state of one {@link TrainingAlgorithm} run: trains one epoch at a time. Not
 * thread-safe.
 */
public interface Optimizer {

    /**
     * Trains one epoch over {@code data} in their order, updating {@code weights} in place and
     * accounting every pair's error (before the epoch's updates, as libfann) in
     * {@code backprop.accumulator()}.
     */
    void epoch(Backprop backprop, Pairs data, float[] weights);
}
