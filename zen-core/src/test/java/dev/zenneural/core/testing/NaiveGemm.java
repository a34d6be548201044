package dev.zenneural.core.testing;

/**
 * The textbook triple loop of {@code C = alpha * op(A) * op(B) + beta * C} (row-major, BLAS-style
 * offsets and strides), accumulated in double: the reference every GEMM kernel is checked against.
 * {@link #gemmFma} is the float loop whose order zen-core's panel products follow to the bit, and
 * {@link #sgemmOrder} the order {@code Sgemm} promises: that loop, or dot products for narrow C.
 */
public final class NaiveGemm {

    private NaiveGemm() {
    }

    public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float x = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    float y = transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    sum += (double) x * y;
                }
                int at = cOff + i * ldc + j;
                double old = beta == 0f ? 0 : (double) beta * c[at];
                c[at] = (float) (alpha * sum + old);
            }
        }
    }

    /**
     * {@code c = beta == 0 ? 0 : beta * c} (skipped for {@code beta == 1}), then
     * {@code c = Math.fma(alpha * op(A)[i][p], op(B)[p][j], c)} for {@code p = 0, 1, ..., k-1}: the
     * summation order zen-core's {@code Sgemm} documents for C of eight columns or more, in float,
     * one element at a time. With
     * {@code alpha == 0} or {@code k == 0} only the {@code beta} step is done.
     */
    public static void gemmFma(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOff + i * ldc + j;
                float sum = beta == 1f ? c[at] : beta == 0f ? 0f : beta * c[at];
                if (alpha != 0f) {
                    for (int p = 0; p < k; p++) {
                        float x = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                        float y = transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                        sum = Math.fma(alpha * x, y, sum);
                    }
                }
                c[at] = sum;
            }
        }
    }

    /**
     * The order zen-core's {@code Sgemm} documents: {@link #gemmFma} for {@code n >= 8}, except for
     * C of fewer than eight rows with A row-major and B stored transposed; for those and for narrower
     * C, per element, eight partial sums from +0, term {@code p} into {@code s[p % 8]} as
     * {@code Math.fma(alpha * op(A)[i][p], op(B)[p][j], s[p % 8])}, then
     * {@code c = (beta == 0 ? 0 : beta * c) + (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)))}
     * (the beta step skipped for {@code beta == 1}). With {@code alpha == 0} or {@code k == 0} only
     * the {@code beta} step is done.
     */
    public static void sgemmOrder(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        boolean dots = n < 8 || m < 8 && !transA && transB;
        if (!dots) {
            gemmFma(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        float[] s = new float[8];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOff + i * ldc + j;
                float old = beta == 1f ? c[at] : beta == 0f ? 0f : beta * c[at];
                if (alpha == 0f || k == 0) {
                    c[at] = old;
                    continue;
                }
                java.util.Arrays.fill(s, 0f);
                for (int p = 0; p < k; p++) {
                    float x = transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    float y = transB ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    s[p % 8] = Math.fma(alpha * x, y, s[p % 8]);
                }
                c[at] = old + (((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7])));
            }
        }
    }
}
