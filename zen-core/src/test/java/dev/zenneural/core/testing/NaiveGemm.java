package dev.zenneural.core.testing;

/**
 * The textbook triple loop of {@code C = alpha * op(A) * op(B) + beta * C} (row-major, BLAS-style
 * offsets and strides), accumulated in double: the reference every GEMM kernel is checked against.
 * {@link #gemmFma} is the float loop whose order zen-core's {@code Sgemm} promises to the bit.
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
     * summation order zen-core's {@code Sgemm} documents, in float, one element at a time. With
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
}
