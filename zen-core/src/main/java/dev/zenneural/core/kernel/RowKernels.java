package dev.zenneural.core.kernel;

import java.time.Duration;
import java.util.List;

/**
 * The {@link RowKernel}s of pair-by-pair training, and the fastest one this JVM has right now.
 *
 * <p>That is the Vector API kernel ({@code VectorRows}) where the JVM resolved
 * {@code jdk.incubator.vector}, C2 compiles and vectors hold at least eight floats, once its
 * background warm-up found it compiled ({@link VectorWarmup}, as for {@link Sigmoids}); until then
 * and elsewhere, plain loops. Both give the same bits. The system property {@code zen.rows}
 * ({@code auto}, {@code vector} or {@code scalar}) overrides the choice; asking for {@code vector}
 * where it cannot load is an error.
 */
public final class RowKernels {

    static final String PROPERTY = "zen.rows";
    private static final String VECTOR_CLASS = "dev.zenneural.core.kernel.VectorRows";
    private static final RowKernel SCALAR = new ScalarRows();
    /** Rows are padded to a multiple of this many floats, whichever kernel runs: a vector's. */
    private static final int LANES = lanes();
    private static final KernelChoice<RowKernel> CHOICE = new KernelChoice<>(PROPERTY, "scalar", SCALAR,
            VECTOR_CLASS, RowKernel.class, RowKernels::warmup);

    private RowKernels() {
    }

    /**
     * The kernel to use now: the vector kernel once warm, else the plain one. Callers ask again from
     * time to time (once an epoch), not once for good.
     */
    public static RowKernel current() {
        return CHOICE.current();
    }

    /**
     * The vector kernel once warm, else null: for callers whose own loops beat the plain kernel, which
     * sums one neuron at a time.
     */
    public static RowKernel vectorIfWarm() {
        RowKernel kernel = CHOICE.current();
        return kernel == SCALAR ? null : kernel;
    }

    /** The length of a row of {@code count} weights, padded for any of the kernels. */
    public static int stride(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a row holds at least 0 weights, got " + count);
        }
        return PanelPacking.roundUp(count, LANES);
    }

    /**
     * Waits until the fastest kernel is in use, at most {@code timeout}, as
     * {@link Sigmoids#awaitFastestKernel} does: for benchmarks.
     *
     * @return whether the fastest kernel is in use (true at once where there is nothing to wait for)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static boolean awaitFastestKernel(Duration timeout) throws InterruptedException {
        return CHOICE.await(timeout);
    }

    /**
     * Every kernel this JVM can run, the plain one first, whether warm or not: for tests that hold
     * an engine's results on each against the others.
     */
    public static List<RowKernel> available() {
        RowKernel vector = vectorOrNull();
        return vector == null ? List.of(SCALAR) : List.of(SCALAR, vector);
    }

    /** The plain-loop kernel, always available. */
    static RowKernel scalar() {
        return SCALAR;
    }

    /** The Vector API kernel, or {@code null} where this JVM cannot load it. */
    static RowKernel vectorOrNull() {
        return VectorKernels.loadOrNull(VECTOR_CLASS, RowKernel.class);
    }

    /** The vector kernel's lanes where it loads, else 1. */
    private static int lanes() {
        if (vectorOrNull() == null) {
            return 1;
        }
        try {
            java.lang.reflect.Method lanes = Class.forName(VECTOR_CLASS).getDeclaredMethod("lanes");
            return (Integer) lanes.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the vector row kernel loaded but has no lanes()", e);
        }
    }

    /** A warm-up of {@code vector} on a 14-16-3 network's first layer, timed against the plain kernel. */
    static VectorWarmup warmup(RowKernel vector) {
        int k = 15;
        int count = 16;
        int stride = stride(count);
        float[] w = new float[k * stride];
        float[] x = new float[k];
        float[] acc = new float[stride];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7 - 3) / 64f;
        }
        for (int i = 0; i < k; i++) {
            x[i] = i / 16f;
        }
        return new VectorWarmup("rows", () -> round(vector, w, stride, k, x, acc, count),
                () -> round(SCALAR, w, stride, k, x, acc, count));
    }

    private static void round(RowKernel kernel, float[] w, int stride, int k, float[] x, float[] acc, int count) {
        kernel.sums(w, stride, k, x, 0, acc, count);
        for (int j = 0; j < count; j++) {
            acc[j] = -acc[j] * 1e-3f;
        }
        kernel.step(w, stride, k, x, 0, acc, count);
    }

    static RowKernel choose(String setting) {
        return VectorKernels.choose(PROPERTY, setting, "scalar", SCALAR, VECTOR_CLASS, RowKernel.class);
    }
}
