package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.activation.ActivationFunction;

/**
 * An epoch's MSE and bit-fail count, accumulated as libfann's {@code fann_update_MSE} does: in
 * float, output by output, with the difference of symmetric activations halved first so that
 * their [-1, 1] range compares with [0, 1] functions. Mutable, not thread-safe.
 */
public final class ErrorAccumulator {

    private final float bitFailLimit;
    private float squaredSum;
    private int count;
    private int bitFails;

    /**
     * An empty accumulator.
     *
     * @param bitFailLimit an output whose (halved) difference is at least this far off is a bit fail
     */
    public ErrorAccumulator(float bitFailLimit) {
        if (!(bitFailLimit >= 0)) {
            throw new IllegalArgumentException("bit-fail limit must be >= 0, got " + bitFailLimit);
        }
        this.bitFailLimit = bitFailLimit;
    }

    /** Forgets everything accumulated (libfann's {@code fann_reset_MSE}). */
    public void reset() {
        squaredSum = 0;
        count = 0;
        bitFails = 0;
    }

    /**
     * Accounts one output and returns its difference as training uses it (halved for symmetric
     * activations).
     */
    public float add(ActivationFunction activation, float target, float output) {
        float diff = target - output;
        if (activation.symmetric()) {
            diff /= 2.0f;
        }
        squaredSum += diff * diff;
        count++;
        if (Math.abs(diff) >= bitFailLimit) {
            bitFails++;
        }
        return diff;
    }

    /**
     * Adds what {@code other} accumulated (its squared sum after this one's), as if its outputs had
     * been accounted here after this one's.
     */
    public void addAll(ErrorAccumulator other) {
        squaredSum += other.squaredSum;
        count += other.count;
        bitFails += other.bitFails;
    }

    /** The mean squared (halved) difference so far; 0 before the first output, as libfann. */
    public float mse() {
        return count == 0 ? 0 : squaredSum / (float) count;
    }

    /** Outputs accounted so far that were at least the bit-fail limit off. */
    public int bitFails() {
        return bitFails;
    }
}
