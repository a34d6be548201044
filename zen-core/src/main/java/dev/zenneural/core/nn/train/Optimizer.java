package dev.zenneural.core.nn.train;

/**
 * The mutable state of one {@link TrainingAlgorithm} run: trains one epoch at a time. Not
 * thread-safe.
 */
public interface Optimizer {

    /**
     * Trains one epoch over {@code data} in their order, updating {@code weights} in place. The slopes
     * or pairs it computes through {@code data} are accounted in the epoch's error (before the
     * updates they lead to, as libfann).
     */
    void epoch(EpochData data, float[] weights);
}
