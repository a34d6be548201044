package dev.zenneural.core.nn.train;

/**
 * Sums the slopes of a range of training pairs for given weights, accounting each pair's error:
 * the work one training thread does. Mutable scratch, one per thread.
 */
interface SlopeWorker {

    /**
     * Adds the slopes of pairs {@code from} (inclusive) to {@code to} (exclusive) of {@code pairs},
     * computed with {@code weights}, to {@code slopes}, and accounts the pairs' errors in
     * {@code accumulator}, pair by pair in order.
     */
    void addSlopes(float[] weights, Pairs pairs, int from, int to, float[] slopes, ErrorAccumulator accumulator);
}
