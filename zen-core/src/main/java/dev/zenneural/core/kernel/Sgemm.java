package dev.zenneural.core.kernel;

/**
 * Single-precision general matrix multiply, {@code C = alpha * op(A) * op(B) + beta * C}, on
 * row-major arrays with BLAS-style offsets and leading dimensions.
 *
 * <p>The product is computed on cache-sized panels: a {@code KC x NC} panel of {@code op(B)} is
 * copied into {@code KC} separate row arrays and an {@code MC x KC} panel of {@code alpha * op(A)}
 * into a contiguous array (which also turns every transpose variant into the same inner loop). Each
 * row of C is then updated from four B rows per pass. The B rows are separate arrays because C2
 * (JDK 17) does not vectorize a loop that reads one array at several loop-invariant offsets, while
 * it does vectorize reads of distinct arrays; four rows per pass load and store C a quarter as
 * often as plain axpy. Scratch arrays are kept per thread, so a call allocates nothing once a thread
 * has seen its largest shape.
 *
 * <p>Every element of C is summed in the same order, {@code beta * c} first and then the terms in
 * increasing {@code p}, one multiply and one add each (no fused multiply-add), whatever the block
 * sizes and however the rows are shared out. Results are therefore bit-identical for any thread
 * count, and equal to the naive triple loop on {@code alpha * a} to the bit.
 *
 * <p>Products of at least {@link #PARALLEL_FLOPS} floating-point operations are split into
 * contiguous blocks of rows, one per thread (see {@link GemmThreads}); smaller ones stay on the
 * calling thread.
 *
 * <p>As in BLAS, {@code beta == 0} overwrites C without reading it (NaN in C does not survive).
 */
public final class Sgemm {

    /** Depth of one panel: four B rows of one pass stay in L1 across the row of C they update. */
    static final int KC = 256;
    /** Width of one B panel: {@code KC * NC} floats (512 KiB) stay in L2. */
    static final int NC = 512;
    /** Height of one A panel. */
    static final int MC = 64;
    /** Below this many operations a second thread costs more than it saves. */
    static final double PARALLEL_FLOPS = 4e6;
    /** The fewest rows of C worth a thread of their own. */
    static final int MIN_ROWS_PER_THREAD = 16;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
        int threads = 2.0 * m * n * k < PARALLEL_FLOPS ? 1
                : Math.min(GemmThreads.count(), Math.max(1, m / MIN_ROWS_PER_THREAD));
        gemmRows(threads, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /**
     * {@code C += alpha * op(A) * op(B)} with C's rows split into {@code threads} contiguous blocks.
     * Every element is summed in the same order whatever the split: the result does not depend on
     * the thread count (tested).
     */
    static void gemmRows(int threads, boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (threads == 1) {
            rows(transA, transB, 0, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        } else {
            GemmThreads.run(threads, t -> rows(transA, transB, (int) ((long) m * t / threads),
                    (int) ((long) m * (t + 1) / threads), n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc));
        }
    }

    /** Adds {@code alpha * op(A) * op(B)} to rows {@code i0} (inclusive) to {@code i1} of C. */
    private static void rows(boolean transA, boolean transB, int i0, int i1, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        Scratch scratch = SCRATCH.get();
        float[][] bPanel = scratch.bRows(Math.min(KC, k), Math.min(NC, n));
        float[] aPanel = scratch.a(Math.min(MC, i1 - i0) * Math.min(KC, k));
        float[] acc = scratch.row(Math.min(NC, n));
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transB, b, bOff, ldb, pc, kc, jc, nc, bPanel);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    packA(transA, alpha, a, aOff, lda, ic, mc, pc, kc, aPanel);
                    panel(mc, nc, kc, aPanel, bPanel, c, cOff + ic * ldc + jc, ldc, acc);
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

    /** Copies row {@code p} of {@code op(B)[pc:pc+kc, jc:jc+nc]} into {@code dst[p][0:nc]}. */
    private static void packB(boolean transB, float[] b, int bOff, int ldb, int pc, int kc, int jc, int nc,
            float[][] dst) {
        if (!transB) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, bOff + (pc + p) * ldb + jc, dst[p], 0, nc);
            }
        } else {
            for (int j = 0; j < nc; j++) {
                int src = bOff + (jc + j) * ldb + pc;
                for (int p = 0; p < kc; p++) {
                    dst[p][j] = b[src + p];
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

    /**
     * C block (mc x nc at cOff) += A panel (mc x kc) * B panel (kc rows of nc). Each row of C is
     * summed in {@code acc} at offset 0: C2 does not vectorize the loop when C is indexed from a
     * variable offset.
     */
    private static void panel(int mc, int nc, int kc, float[] ap, float[][] bp, float[] c, int cOff, int ldc,
            float[] acc) {
        for (int i = 0; i < mc; i++) {
            int c0 = cOff + i * ldc;
            int a0 = i * kc;
            System.arraycopy(c, c0, acc, 0, nc);
            int p = 0;
            for (; p + 4 <= kc; p += 4) {
                float x0 = ap[a0 + p];
                float x1 = ap[a0 + p + 1];
                float x2 = ap[a0 + p + 2];
                float x3 = ap[a0 + p + 3];
                fourTerms(acc, nc, x0, bp[p], x1, bp[p + 1], x2, bp[p + 2], x3, bp[p + 3]);
            }
            for (; p < kc; p++) {
                float x0 = ap[a0 + p];
                float[] b0 = bp[p];
                for (int j = 0; j < nc; j++) {
                    acc[j] = acc[j] + x0 * b0[j];
                }
            }
            System.arraycopy(acc, 0, c, c0, nc);
        }
    }

    /** {@code acc[j] += x0 b0[j] + x1 b1[j] + x2 b2[j] + x3 b3[j]}, added left to right. */
    private static void fourTerms(float[] acc, int nc, float x0, float[] b0, float x1, float[] b1,
            float x2, float[] b2, float x3, float[] b3) {
        for (int j = 0; j < nc; j++) {
            acc[j] = acc[j] + x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
    }

    /** One thread's panels, grown to the largest shape it has seen. */
    private static final class Scratch {
        private float[][] bRows = new float[0][];
        private float[] a = new float[0];
        private float[] row = new float[0];

        float[][] bRows(int rows, int width) {
            if (bRows.length < rows || bRows[0].length < width) {
                int oldWidth = bRows.length == 0 ? 0 : bRows[0].length;
                bRows = new float[Math.max(rows, bRows.length)][Math.max(width, oldWidth)];
            }
            return bRows;
        }

        float[] row(int size) {
            if (row.length < size) {
                row = new float[size];
            }
            return row;
        }

        float[] a(int size) {
            if (a.length < size) {
                a = new float[size];
            }
            return a;
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
