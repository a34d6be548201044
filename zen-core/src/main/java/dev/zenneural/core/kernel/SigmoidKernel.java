package dev.zenneural.core.kernel;

/**
 * FANN's sigmoids over a range of steepened sums, as {@link Exponential#sigmoid(float)} and
 * {@link Exponential#symmetricSigmoid(float)} give them one at a time: an implementation changes
 * speed, never a bit.
 */
interface SigmoidKernel {

    /** A name for logs and benchmark labels: {@code scalar} or {@code vector}. */
    String name();

    /**
     * Writes the sigmoid ({@code symmetric}: the symmetric one) of {@code sums[i]} to {@code out[i]}
     * for {@code from <= i < to}; {@code out} may be {@code sums}. Ranges are checked by the caller.
     */
    void apply(float[] sums, int from, int to, float[] out, boolean symmetric);
}
