package dev.zenneural.core.kernel;

/**
 * The reductions training needs, on row-major float matrices: {@link #columnSums} (the gradient of
 * a bias from a batch of deltas) and, in {@link VectorOps}, {@link VectorOps#sumOfSquares}
 * (squared errors, weight norms). Results are defined to the bit by the documented order; nothing
 * is allocated per call.
 */
public final class Reductions {

    private Reductions() {
    }

    /**
     * {@code y[j] = alpha * sum_i A[i][j] + beta * y[j]} for the {@code n} columns of the row-major
     * {@code m x n} matrix A (as stored at {@code aOff} with row stride {@code lda}).
     *
     * <p>The sum {@code s} of column j starts at +0 and adds {@code A[0][j]}, {@code A[1][j]}, ... in
     * row order, one rounding per addition; then {@code y[j] = Math.fma(alpha, s, b)} with
     * {@code b = beta == 0 ? 0 : beta * y[j]} ({@code beta == 0} overwrites y, NaN included). For a
     * bias gradient over a batch of deltas, one row per sample: {@code alpha = 1, beta = 0} (or
     * {@code beta = 1} to accumulate).
     *
     * @throws IllegalArgumentException for a negative size, a row stride narrower than its rows, or
     *     an array too short for its operand
     */
    public static void columnSums(int m, int n, float alpha, float[] a, int aOff, int lda, float beta, float[] y,
            int yOff) {
        if (m < 0 || n < 0) {
            throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n);
        }
        KernelArgs.checkMatrix("A", m, n, a, aOff, lda);
        KernelArgs.checkVector("y", n, y, yOff);
        Sgemv.transposed(m, n, alpha, a, aOff, lda, null, 0, beta, y, yOff);
    }
}
