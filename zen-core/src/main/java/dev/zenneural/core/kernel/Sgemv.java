package dev.zenneural.core.kernel;

/**
 * Single-precision matrix-vector product, {@code y = alpha * op(A) * x + beta * y}, on a row-major
 * {@code m x n} matrix A (as stored, with an offset and a row stride) and contiguous vectors with
 * offsets. {@code op(A)} is A, or its transpose when {@code transA}; x then has {@code n} (or
 * {@code m}) values and y {@code m} (or {@code n}).
 *
 * <p>Every result is defined to the bit: with {@code s} the sum below and
 * {@code b = beta == 0 ? 0 : beta * y} (so NaN in y does not survive {@code beta == 0}, as in BLAS),
 * {@code y = Math.fma(alpha, s, b)}.
 * <ul>
 *   <li>{@code transA == false}: {@code s = VectorOps.dot(n, A row i, x)} (eight partial sums,
 *       see {@link VectorOps#dot});</li>
 *   <li>{@code transA == true}: {@code s} starts at 0 and takes {@code s = Math.fma(x[i], A[i][j], s)}
 *       for {@code i = 0, 1, ..., m-1} in order.</li>
 * </ul>
 * An empty sum is 0, so {@code m == 0} or {@code n == 0} leaves {@code y = beta * y} (BLAS would
 * return early). Allocates nothing; runs on the calling thread.
 */
public final class Sgemv {

    private Sgemv() {
    }

    /**
     * Computes {@code y = alpha * op(A) * x + beta * y}.
     *
     * @param transA whether to multiply by the transpose of A
     * @param m rows of A as stored
     * @param n columns of A as stored
     * @param lda row stride of A
     * @throws IllegalArgumentException for a negative size, a leading dimension narrower than its
     *     rows, or an array too short for its operand
     */
    public static void gemv(boolean transA, int m, int n, float alpha, float[] a, int aOff, int lda,
            float[] x, int xOff, float beta, float[] y, int yOff) {
        if (m < 0 || n < 0) {
            throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n);
        }
        KernelArgs.checkMatrix("A", m, n, a, aOff, lda);
        KernelArgs.checkVector("x", transA ? m : n, x, xOff);
        KernelArgs.checkVector("y", transA ? n : m, y, yOff);
        if (!transA) {
            for (int i = 0; i < m; i++) {
                float s = VectorOps.dotUnchecked(n, a, aOff + i * lda, x, xOff);
                int at = yOff + i;
                y[at] = Math.fma(alpha, s, beta == 0f ? 0f : beta * y[at]);
            }
            return;
        }
        transposed(m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
    }

    /**
     * {@code y = alpha * A^T x + beta * y} after the checks, row by row of A into per-column sums; a
     * null {@code x} stands for all ones (column sums: {@code fma(1, a, s)} is exactly {@code s + a},
     * so the sums are the plain ones of {@link Reductions#columnSums}).
     */
    static void transposed(int m, int n, float alpha, float[] a, int aOff, int lda, float[] x, int xOff, float beta,
            float[] y, int yOff) {
        float[][] rows = Chunks.get();
        float[] acc = rows[0];
        float[] r0 = rows[1];
        float[] r1 = rows[2];
        float[] r2 = rows[3];
        float[] r3 = rows[4];
        for (int j0 = 0; j0 < n; j0 += Chunks.SIZE) {
            int len = Math.min(Chunks.SIZE, n - j0);
            java.util.Arrays.fill(acc, 0, len, 0f);
            int row = aOff + j0;
            int i = 0;
            for (; i + 4 <= m; i += 4, row += 4 * lda) {
                System.arraycopy(a, row, r0, 0, len);
                System.arraycopy(a, row + lda, r1, 0, len);
                System.arraycopy(a, row + 2 * lda, r2, 0, len);
                System.arraycopy(a, row + 3 * lda, r3, 0, len);
                SuperWordProduct.kernel1x4(len, acc, r0, r1, r2, r3, coefficient(x, xOff + i), coefficient(x, xOff + i + 1),
                        coefficient(x, xOff + i + 2), coefficient(x, xOff + i + 3));
            }
            for (; i < m; i++, row += lda) {
                System.arraycopy(a, row, r0, 0, len);
                SuperWordProduct.kernel1x1(len, acc, r0, coefficient(x, xOff + i));
            }
            for (int j = 0; j < len; j++) {
                int at = yOff + j0 + j;
                y[at] = Math.fma(alpha, acc[j], beta == 0f ? 0f : beta * y[at]);
            }
        }
    }

    /** Row {@code at}'s coefficient: {@code x[at]}, or 1 for the column sums' missing x. */
    private static float coefficient(float[] x, int at) {
        return x == null ? 1f : x[at];
    }
}
