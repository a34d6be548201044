package dev.zenneural.core.nn.train;

/**
 * The update rule of a full-batch algorithm: moves weights along slopes summed over a whole epoch.
 * Mutable per-weight state (steps, previous slopes); one per weight set being trained.
 */
@FunctionalInterface
public interface SlopeRule {

    /**
     * Moves {@code weights} along {@code slopes} (each the sum over {@code numPairs} pairs of error
     * times source value; positive where the weight should grow). {@code epoch} (from 1) and
     * {@code mse} (the epoch's error before the update) are for rules that anneal, such as SARPROP.
     * Leaves the slopes as they are.
     */
    void update(float[] weights, float[] slopes, int numPairs, int epoch, float mse);
}
