package dev.zenneural.core.kernel;

/**
 * Single-precision general matrix multiply, {@code C = alpha * op(A) * op(B) + beta * C}, on
 * row-major arrays with BLAS-style offsets and leading dimensions.
 *
 * <p>The product is computed on cache-sized panels: a {@code KC x NC} panel of {@code op(B)} and an
 * {@code MC x KC} panel of {@code alpha * op(A)} are copied into contiguous scratch arrays (which
 * also turns every transpose variant into the same inner loop), then four rows of C at a time are
 * updated in axpy form over contiguous columns, a shape the JIT vectorizes. Scratch arrays are kept
 * per thread, so a call allocates nothing once a thread has seen its largest shape.
 *
 * <p>As in BLAS, {@code beta == 0} overwrites C without reading it (NaN in C does not survive).
 * The result for given inputs does not depend on anything but the inputs: the summation order is
 * fixed by the block sizes.
 */
public final class Sgemm {

    /** Depth of one panel (rows of the B panel); a B panel row stays in L1 across four C rows. */
    static final int KC = 256;
    /** Width of one B panel: {@code KC * NC} floats (512 KiB) stay in L2. */
    static final int NC = 512;
    /** Height of one A panel. */
    static final int MC = 64;

    private static final ThreadLocal<float[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    private Sgemm() {
    }

    /**
     * Computes {@code C = alpha * op(A) * op(B) + beta * C}.
     *
     * @param transA whether A is stored transposed ({@code k x m}, row-major)
     * @param transB whether B is stored transposed ({@code n x k}, row-major)
     * @param m rows of op(A) and C
     * @param n columns of op(B) and C
     * @param k columns of op(A), rows of op(B)
     * @param lda row stride of A as stored
     * @param ldb row stride of B as stored
     * @param ldc row stride of C
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        checkArgs(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        scale(m, n, beta, c, cOff, ldc);
        if (k == 0 || alpha == 0f) {
            return;
        }
        float[][] scratch = SCRATCH.get();
        float[] bPanel = scratch[0];
        float[] aPanel = scratch[1];
        int needB = Math.min(KC, k) * Math.min(NC, n);
        int needA = Math.min(MC, m) * Math.min(KC, k);
        if (bPanel.length < needB) {
            bPanel = new float[needB];
            scratch[0] = bPanel;
        }
        if (aPanel.length < needA) {
            aPanel = new float[needA];
            scratch[1] = aPanel;
        }
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transB, b, bOff, ldb, pc, kc, jc, nc, bPanel);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    packA(transA, alpha, a, aOff, lda, ic, mc, pc, kc, aPanel);
                    panel(mc, nc, kc, aPanel, bPanel, c, cOff + ic * ldc + jc, ldc);
                }
            }
        }
    }

    private static void scale(int m, int n, float beta, float[] c, int cOff, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            if (beta == 0f) {
                java.util.Arrays.fill(c, row, row + n, 0f);
            } else {
                for (int j = row; j < row + n; j++) {
                    c[j] *= beta;
                }
            }
        }
    }

    /** Copies {@code op(B)[pc:pc+kc, jc:jc+nc]} into {@code dst} as a row-major kc x nc block. */
    private static void packB(boolean transB, float[] b, int bOff, int ldb, int pc, int kc, int jc, int nc,
            float[] dst) {
        if (!transB) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, bOff + (pc + p) * ldb + jc, dst, p * nc, nc);
            }
        } else {
            for (int j = 0; j < nc; j++) {
                int src = bOff + (jc + j) * ldb + pc;
                for (int p = 0; p < kc; p++) {
                    dst[p * nc + j] = b[src + p];
                }
            }
        }
    }

    /** Copies {@code alpha * op(A)[ic:ic+mc, pc:pc+kc]} into {@code dst} as a row-major mc x kc block. */
    private static void packA(boolean transA, float alpha, float[] a, int aOff, int lda, int ic, int mc,
            int pc, int kc, float[] dst) {
        if (!transA) {
            for (int i = 0; i < mc; i++) {
                int src = aOff + (ic + i) * lda + pc;
                int d = i * kc;
                for (int p = 0; p < kc; p++) {
                    dst[d + p] = alpha * a[src + p];
                }
            }
        } else {
            for (int p = 0; p < kc; p++) {
                int src = aOff + (pc + p) * lda + ic;
                for (int i = 0; i < mc; i++) {
                    dst[i * kc + p] = alpha * a[src + i];
                }
            }
        }
    }

    /** C block (mc x nc at cOff) += A panel (mc x kc) * B panel (kc x nc). */
    private static void panel(int mc, int nc, int kc, float[] ap, float[] bp, float[] c, int cOff, int ldc) {
        int i = 0;
        for (; i + 4 <= mc; i += 4) {
            int c0 = cOff + i * ldc;
            int c1 = c0 + ldc;
            int c2 = c1 + ldc;
            int c3 = c2 + ldc;
            int a0 = i * kc;
            for (int p = 0; p < kc; p++) {
                float x0 = ap[a0 + p];
                float x1 = ap[a0 + kc + p];
                float x2 = ap[a0 + 2 * kc + p];
                float x3 = ap[a0 + 3 * kc + p];
                int bRow = p * nc;
                for (int j = 0; j < nc; j++) {
                    float y = bp[bRow + j];
                    c[c0 + j] += x0 * y;
                    c[c1 + j] += x1 * y;
                    c[c2 + j] += x2 * y;
                    c[c3 + j] += x3 * y;
                }
            }
        }
        for (; i < mc; i++) {
            int c0 = cOff + i * ldc;
            int a0 = i * kc;
            for (int p = 0; p < kc; p++) {
                float x0 = ap[a0 + p];
                int bRow = p * nc;
                for (int j = 0; j < nc; j++) {
                    c[c0 + j] += x0 * bp[bRow + j];
                }
            }
        }
    }

    private static void checkArgs(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff,
            int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n + ", k=" + k);
        }
        checkOperand("A", transA ? k : m, transA ? m : k, a, aOff, lda);
        checkOperand("B", transB ? n : k, transB ? k : n, b, bOff, ldb);
        checkOperand("C", m, n, c, cOff, ldc);
    }

    private static void checkOperand(String name, int rows, int cols, float[] x, int off, int ld) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("leading dimension of " + name + " is " + ld
                    + " but its rows hold " + cols + " values");
        }
        long last = rows == 0 || cols == 0 ? off : off + (long) (rows - 1) * ld + cols;
        if (off < 0 || last > x.length) {
            throw new IllegalArgumentException(name + " (" + rows + "x" + cols + ", offset " + off + ", stride "
                    + ld + ") needs " + last + " values but its array has " + x.length);
        }
    }
}
