package dev.zenneural.tools.bench;

/**
 * One thread's copy of a benchmark line's work. Not thread-safe: the {@link Meter} gives every
 * thread its own.
 */
public interface Workload {

    /** Does one call's work and returns how many units (forward passes, predictions, ...) it did. */
    long call();

    /**
     * A number folded from every call's results. The meter reads it after timing, so the results
     * are used and the JIT cannot drop the work as dead code.
     */
    double checksum();
}
