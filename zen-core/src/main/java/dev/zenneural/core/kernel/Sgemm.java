package dev.zenneural.core.kernel;

/**
 * Single-precision general matrix multiply, {@code C = alpha * op(A) * op(B) + beta * C}, on
 * row-major arrays with BLAS-style offsets and leading dimensions.
 *
 * <h2>Summation order (the result, to the bit)</h2>
 *
 * <p>Every element of C is computed as
 * <pre>{@code
 * c = beta == 0 ? 0 : beta * c;          // skipped when beta == 1
 * for (p = 0; p < k; p++)
 *     c = Math.fma(alpha * op(A)[i][p], op(B)[p][j], c);   // alpha * a rounded to float first
 * }</pre>
 * one fused multiply-add per term in increasing {@code p}, whatever the block sizes, the kernel
 * that runs, the orientation chosen below and however the work is shared out.
 *
 * <p>C narrower than {@link #NARROW_COLS} columns ({@code n < 8}: an output layer on a batch of rows)
 * is summed as dot products instead, in {@link VectorOps#dot}'s order:
 * <pre>{@code
 * s[0..7] = +0;
 * for (p = 0; p < k; p++)
 *     s[p % 8] = Math.fma(alpha * op(A)[i][p], op(B)[p][j], s[p % 8]);   // alpha * a rounded first
 * c = (beta == 0 ? 0 : beta * c) + (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
 * }</pre>
 * (the {@code beta} step again skipped when {@code beta == 1}). There the row-major A of a batch is
 * read along its rows, eight depth steps to a vector; the sequential order would have to transpose A
 * first, which cost three quarters of such a product (measured with AVX-512: 2.70 µs for 256x2x32,
 * 0.73 µs without the transposes). So is C shorter than {@link #NARROW_COLS} rows ({@code m < 8}) where
 * A is row-major and B stored transposed ({@code !transA && transB}: each element the dot product of
 * two contiguous rows, as in the slopes of a small output layer), in the same order, {@code alpha * a}
 * still rounded first. Which order applies depends on {@code m}, {@code n} and the two transpose flags
 * alone, never on the kernel, the JDK or the thread count.
 *
 * <p>Results are therefore bit-identical for any thread count and any JDK (tested against exactly
 * these loops, and against a double-precision triple loop with a tolerance). When {@code alpha == 0}
 * or {@code k == 0} only the {@code beta} step is done.
 *
 * <h2>How it is fast</h2>
 *
 * <p>The product is computed on cache-sized panels of both operands, packed so that every transpose
 * variant becomes the same inner loop, by one of two interchangeable {@link PanelProduct}s: a
 * register-blocked micro-kernel on the Vector API where the JVM was started with
 * {@code --add-modules jdk.incubator.vector} ({@code VectorProduct}), else plain loops that C2's
 * SuperWord vectorizes ({@link SuperWordProduct}). {@link PanelProducts} says which runs when; both
 * follow the summation order above, so the choice never changes a bit of the result. Scratch
 * arrays are kept per thread, so a call allocates nothing once a thread has seen its largest shape.
 *
 * <p>A product may compute {@code C^T = op(B)^T op(A)^T} instead (the SuperWord one does for C
 * narrower than 64 columns, to run its vector loop along C's long side). The scaled operand is still
 * {@code alpha * op(A)}, and {@code fma} is symmetric in its factors, so this changes no bit of the
 * result either. Narrow C has kernels of its own ({@link NarrowProducts}): eight-float vectors along
 * A's rows where the Vector API runs, plain loops elsewhere.
 *
 * <p>Products of at least {@link #PARALLEL_FLOPS} floating-point operations are split into
 * contiguous blocks of rows (of C, or of C^T), one per thread (see {@link GemmThreads}); smaller
 * ones stay on the calling thread.
 *
 * <p>As in BLAS, {@code beta == 0} overwrites C without reading it (NaN in C does not survive).
 */
public final class Sgemm {

    /** C narrower than this many columns is summed as dot products (see the class comment). */
    public static final int NARROW_COLS = 8;
    /** Below this many operations a second thread costs more than it saves. */
    static final double PARALLEL_FLOPS = 4e6;
    /** The fewest rows of C worth a thread of their own. */
    static final int MIN_ROWS_PER_THREAD = 16;

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
     * @throws IllegalArgumentException for a negative size, a leading dimension narrower than its
     *     rows, or an array too short for its operand
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        gemm(GemmThreads.count(), transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /**
     * {@link #gemm} computed on the calling thread alone, whatever its size, to the same bits: for
     * callers that already share their work out over {@link #threads()} threads, one block of rows
     * each, where splitting every product again would only add hand-offs.
     *
     * @throws IllegalArgumentException as {@link #gemm}
     */
    public static void gemmOnCallingThread(boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        gemm(1, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /** How many threads a product may use, the caller included: {@code zen.threads}, default all processors. */
    public static int threads() {
        return GemmThreads.count();
    }

    private static void gemm(int maxThreads, boolean transA, boolean transB, int m, int n, int k, float alpha,
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
        if (n < NARROW_COLS) {
            NarrowProducts.gemm(threads(maxThreads, m, n, k, m), transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff,
                    ldb, c, cOff, ldc);
            return;
        }
        if (m < NARROW_COLS && !transA && transB) {
            NarrowProducts.gemmShort(threads(maxThreads, m, n, k, n), m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c,
                    cOff, ldc);
            return;
        }
        PanelProduct product = PanelProducts.forShape(m, n);
        int threads = threads(maxThreads, m, n, k, product.transposed(m, n) ? n : m);
        gemmRows(product, threads, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb,
                c, cOff, ldc);
    }

    /** Threads for a product of {@code rows} rows to share out: one below {@link #PARALLEL_FLOPS}. */
    private static int threads(int maxThreads, int m, int n, int k, int rows) {
        return 2.0 * m * n * k < PARALLEL_FLOPS ? 1 : Math.min(maxThreads, Math.max(1, rows / MIN_ROWS_PER_THREAD));
    }

    /**
     * The kernel this JVM uses for products it suits: {@code vector} (the Vector API, where the JVM
     * was started with {@code --add-modules jdk.incubator.vector}) or {@code superword}.
     */
    public static String kernelName() {
        return PanelProducts.fastest().name();
    }

    /**
     * Waits until this JVM's fastest kernels are in use, at most {@code timeout}: the Vector API
     * kernels are handed out only after a background warm-up has seen them compiled (see
     * {@link #kernelName()}), which takes about a second of CPU and longer on a busy machine; until
     * then products run on the SuperWord kernel, with the same bits but slower. Benchmarks call this
     * before they time anything; other code never needs to.
     *
     * @return whether the fastest kernels are in use (true at once where there is nothing to wait for)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static boolean awaitFastestKernels(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean panels = PanelProducts.awaitFastest(timeout.toNanos());
        return NarrowProducts.await(java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) && panels;
    }

    /**
     * {@code C += alpha * op(A) * op(B)} with C's rows (or C^T's, see {@link PanelProduct#transposed})
     * split into {@code threads} contiguous blocks. Every element is summed in the same order whatever the
     * split: the result does not depend on the thread count (tested).
     */
    static void gemmRows(PanelProduct product, int threads, boolean transA, boolean transB, int m, int n, int k,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        boolean t = product.transposed(m, n);
        // Rows of C^T are columns of C: left = op(B)^T, right = alpha * op(A)^T.
        int rows = t ? n : m;
        int cols = t ? m : n;
        float[] l = t ? b : a;
        int lOff = t ? bOff : aOff;
        int ldl = t ? ldb : lda;
        boolean lRowMajor = t ? transB : !transA;
        float lScale = t ? 1f : alpha;
        float[] r = t ? a : b;
        int rOff = t ? aOff : bOff;
        int ldr = t ? lda : ldb;
        boolean rRowMajor = t ? transA : !transB;
        float rScale = t ? alpha : 1f;
        int dRow = t ? 1 : ldc;
        int dCol = t ? ldc : 1;
        if (threads == 1) {
            product.rows(0, rows, k, cols, l, lOff, ldl, lRowMajor, lScale, r, rOff, ldr, rRowMajor, rScale, c, cOff, dRow,
                    dCol);
        } else {
            GemmThreads.run(threads, part -> product.rows((int) ((long) rows * part / threads),
                    (int) ((long) rows * (part + 1) / threads), k, cols, l, lOff, ldl, lRowMajor, lScale, r, rOff, ldr,
                    rRowMajor, rScale, c, cOff, dRow, dCol));
        }
    }

    private static void scale(int m, int n, float beta, float[] c, int cOff, int ldc) {
        if (beta == 1f) {
            return;
        }
        if (beta == 0f && ldc == n) {
            // Contiguous C in one call: per row, narrow C cost more in calls than in stores.
            java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
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

    private static void checkArgs(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff,
            int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n + ", k=" + k);
        }
        KernelArgs.checkMatrix("A", transA ? k : m, transA ? m : k, a, aOff, lda);
        KernelArgs.checkMatrix("B", transB ? n : k, transB ? k : n, b, bOff, ldb);
        KernelArgs.checkMatrix("C", m, n, c, cOff, ldc);
    }
}
