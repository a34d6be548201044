package dev.zenneural.core.kernel;

import java.time.Duration;

/**
 * {@link Sgemm}'s products for C narrower than {@link Sgemm#NARROW_COLS} columns, such as a network's
 * output layer on a batch of rows: op(B)'s few columns are copied out once, zero-padded to whole
 * vectors, and each element of C is a dot product of a row of op(A) with one of them
 * ({@link NarrowKernel}).
 *
 * <p>The kernel is a Vector API one ({@code VectorNarrow}) where the JVM resolved
 * {@code jdk.incubator.vector}, C2 compiles and vectors hold at least eight floats, once its
 * background warm-up found it compiled ({@link VectorWarmup}); until then and elsewhere, plain loops.
 * Both give the same bits. The system property {@code zen.narrow} ({@code auto}, {@code vector} or
 * {@code scalar}) overrides the choice; asking for {@code vector} where it cannot load is an error.
 */
final class NarrowProducts {

    static final String PROPERTY = "zen.narrow";
    private static final String VECTOR_CLASS = "dev.zenneural.core.kernel.VectorNarrow";
    private static final NarrowKernel SCALAR = new ScalarNarrow();
    private static final KernelChoice<NarrowKernel> CHOICE = new KernelChoice<>(PROPERTY, "scalar", SCALAR,
            VECTOR_CLASS, NarrowKernel.class, NarrowProducts::warmup);
    /** Per thread: the copied columns, and C^T for {@link #gemmShort}. */
    private static final ThreadLocal<float[][]> COLUMNS = ThreadLocal.withInitial(() -> new float[2][0]);

    private NarrowProducts() {
    }

    /**
     * {@code C += alpha * op(A) * op(B)} for C of {@code m x n}, {@code 0 < n < NARROW_COLS},
     * {@code k > 0}, arguments checked, in {@code threads} contiguous blocks of rows.
     */
    static void gemm(int threads, boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a,
            int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        gemm(current(), threads, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /** {@link #gemm} on the given kernel. */
    static void gemm(NarrowKernel kernel, int threads, boolean transA, boolean transB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int depth = PanelPacking.roundUp(k, VectorOps.DOT_LANES);
        float[] cols = copyColumns(n, k, 1f, b, bOff, ldb, transB, depth);
        rows(kernel, threads, m, n, k, alpha, a, aOff, lda, transA, cols, depth, c, cOff, ldc);
    }

    /**
     * {@code C += alpha * A * B^T} for C of {@code m x n} with {@code 0 < m < NARROW_COLS}, A
     * row-major and B stored transposed ({@code n x k}), {@code k > 0}, arguments checked, as
     * {@code C^T = B * (alpha * A)^T} on the narrow kernel: each element the dot product of a row of
     * A and a row of B, both contiguous, in {@link #gemm}'s order with {@code alpha * A} rounded
     * first. On the panel product such C (the slopes of a network's small output layer, 2 x 33 x
     * 256) ran one register block of rows and packed B a gathered value at a time. C^T's rows are
     * shared out over {@code threads}.
     */
    static void gemmShort(int threads, int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] b,
            int bOff, int ldb, float[] c, int cOff, int ldc) {
        gemmShort(current(), threads, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    }

    /** {@link #gemmShort} on the given kernel. */
    static void gemmShort(NarrowKernel kernel, int threads, int m, int n, int k, float alpha, float[] a, int aOff,
            int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int depth = PanelPacking.roundUp(k, VectorOps.DOT_LANES);
        // (alpha * A)^T's columns are A's rows, scaled as they are copied.
        float[] cols = copyColumns(m, k, alpha, a, aOff, lda, true, depth);
        // From -0, the identity of addition (+0 + -0 is +0), C^T holds each dot product exactly, and C
        // gets what the kernel would have added to it.
        float[] t = transposedC(n * m);
        java.util.Arrays.fill(t, 0, n * m, -0f);
        rows(kernel, threads, n, m, k, 1f, b, bOff, ldb, false, cols, depth, t, 0, m);
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            for (int j = 0; j < n; j++) {
                c[row + j] += t[j * m + i];
            }
        }
    }

    /**
     * {@code scale} times X's first {@code count} columns, each {@code k} deep and zero-padded to
     * {@code depth}, into this thread's column scratch: column j from {@code x[off + j*ld + p]}
     * where {@code stored} (the columns are X's stored rows), else from {@code x[off + p*ld + j]}.
     */
    private static float[] copyColumns(int count, int k, float scale, float[] x, int off, int ld, boolean stored,
            int depth) {
        float[] cols = columns(count * depth);
        int step = stored ? 1 : ld;
        for (int j = 0; j < count; j++) {
            int to = j * depth;
            int from = off + (stored ? j * ld : j);
            if (stored && scale == 1f) {
                System.arraycopy(x, from, cols, to, k);
            } else if (scale == 1f) {
                for (int p = 0; p < k; p++, from += step) {
                    cols[to + p] = x[from];
                }
            } else {
                for (int p = 0; p < k; p++, from += step) {
                    cols[to + p] = scale * x[from];
                }
            }
            java.util.Arrays.fill(cols, to + k, to + depth, 0f);
        }
        return cols;
    }

    /** The kernel on rows {@code 0..m} of C, in {@code threads} contiguous blocks. */
    private static void rows(NarrowKernel kernel, int threads, int m, int n, int k, float alpha, float[] a, int aOff,
            int lda, boolean transA, float[] cols, int depth, float[] c, int cOff, int ldc) {
        if (threads == 1) {
            kernel.rows(0, m, n, k, alpha, a, aOff, lda, transA, cols, depth, c, cOff, ldc);
            return;
        }
        // The other threads read this thread's scratch; GemmThreads.run returns only after they finish.
        GemmThreads.run(threads, part -> kernel.rows((int) ((long) m * part / threads),
                (int) ((long) m * (part + 1) / threads), n, k, alpha, a, aOff, lda, transA, cols, depth, c, cOff, ldc));
    }

    /** Waits at most {@code timeout} until the fastest kernel is in use; true at once where nothing warms up. */
    static boolean await(Duration timeout) throws InterruptedException {
        return CHOICE.await(timeout);
    }

    private static NarrowKernel current() {
        return CHOICE.current();
    }

    /** The scalar kernel, always available. */
    static NarrowKernel scalar() {
        return SCALAR;
    }

    /** The Vector API kernel, or {@code null} where this JVM cannot load it. */
    static NarrowKernel vectorOrNull() {
        return VectorKernels.loadOrNull(VECTOR_CLASS, NarrowKernel.class);
    }

    static NarrowKernel choose(String setting) {
        return VectorKernels.choose(PROPERTY, setting, "scalar", SCALAR, VECTOR_CLASS, NarrowKernel.class);
    }

    private static float[] columns(int size) {
        return scratch(0, size);
    }

    private static float[] transposedC(int size) {
        return scratch(1, size);
    }

    private static float[] scratch(int which, int size) {
        float[][] holder = COLUMNS.get();
        if (holder[which].length < size) {
            holder[which] = new float[size];
        }
        return holder[which];
    }

    /**
     * A warm-up of {@code vector}, timed against the scalar kernel (see {@link VectorWarmup}): an
     * output layer's product with a depth tail (64 x 2 x 35) and one with A stored transposed
     * (16 x 3 x 13).
     */
    static VectorWarmup warmup(NarrowKernel vector) {
        int m = 64;
        int k = 35;
        float[] a = new float[m * k];
        float[] b = new float[k * 3];
        float[] c = new float[m * 3];
        java.util.Arrays.fill(a, 0.5f);
        java.util.Arrays.fill(b, 0.25f);
        return new VectorWarmup("sgemm-narrow", () -> round(vector, a, b, c), () -> round(SCALAR, a, b, c));
    }

    private static void round(NarrowKernel kernel, float[] a, float[] b, float[] c) {
        gemm(kernel, 1, false, false, 64, 2, 35, 1f, a, 0, 35, b, 0, 2, c, 0, 2);
        gemm(kernel, 1, true, false, 16, 3, 13, 1f, a, 0, 16, b, 0, 3, c, 0, 3);
    }
}
