package dev.zenneural.core.kernel;

import java.util.Objects;

/**
 * FANN's sigmoids over whole ranges of steepened sums, with the bits that
 * {@link Exponential#sigmoid(float)} and {@link Exponential#symmetricSigmoid(float)} give one value
 * at a time, on the fastest kernel this JVM has.
 *
 * <p>That is a Vector API kernel ({@code VectorSigmoids}) where the JVM resolved
 * {@code jdk.incubator.vector}, C2 compiles and vectors hold at least four doubles, once its
 * background warm-up found it compiled ({@link VectorWarmup}, as for {@link Sgemm}'s product);
 * until then, elsewhere, and for ranges of fewer than {@value #MIN_VECTOR_VALUES} values, a plain
 * loop. Both give the same bits, so the choice changes speed only. The system property
 * {@code zen.sigmoids} ({@code auto}, {@code vector} or {@code scalar}) overrides the choice;
 * asking for {@code vector} where it cannot load is an error.
 */
public final class Sigmoids {

    static final String PROPERTY = "zen.sigmoids";
    /** Ranges shorter than this run on the scalar kernel whatever the setting. */
    static final int MIN_VECTOR_VALUES = 8;
    private static final String VECTOR_CLASS = "dev.zenneural.core.kernel.VectorSigmoids";
    private static final SigmoidKernel SCALAR = new ScalarSigmoids();
    private static final KernelChoice<SigmoidKernel> CHOICE = new KernelChoice<>(PROPERTY, "scalar", SCALAR,
            VECTOR_CLASS, SigmoidKernel.class, Sigmoids::warmup);

    private Sigmoids() {
    }

    /**
     * Writes {@link Exponential#sigmoid(float) sigmoid}{@code (sums[i])} to {@code out[i]} for
     * {@code from <= i < to}; {@code out} may be {@code sums}.
     */
    public static void sigmoid(float[] sums, int from, int to, float[] out) {
        kernel(sums, from, to, out).apply(sums, from, to, out, false);
    }

    /**
     * Writes {@link Exponential#symmetricSigmoid(float) symmetricSigmoid}{@code (sums[i])} to
     * {@code out[i]} for {@code from <= i < to}; {@code out} may be {@code sums}.
     */
    public static void symmetricSigmoid(float[] sums, int from, int to, float[] out) {
        kernel(sums, from, to, out).apply(sums, from, to, out, true);
    }

    /**
     * libfann's derivative of the sigmoid at an output {@code value}: the value clipped to
     * {@code [0.01, 0.99]} (by comparisons, so a NaN passes), then {@code 2 * steepness * v * (1 - v)}.
     */
    public static float derivative(float steepness, float value) {
        float v = value < 0.01f ? 0.01f : value > 0.99f ? 0.99f : value;
        return 2.0f * steepness * v * (1.0f - v);
    }

    /**
     * libfann's derivative of the symmetric sigmoid at an output {@code value}: the value clipped to
     * {@code [-0.98, 0.98]} (a NaN passes), then {@code steepness * (1 - v * v)}.
     */
    public static float symmetricDerivative(float steepness, float value) {
        float v = value < -0.98f ? -0.98f : value > 0.98f ? 0.98f : value;
        return steepness * (1.0f - (v * v));
    }

    /**
     * {@link #derivative} of {@code values[i]} into {@code out[i]} for {@code from <= i < to}, the clip
     * as {@code Math.min}/{@code Math.max} (the same values, a NaN included) in a loop the JIT
     * vectorizes; ranges are checked by the caller.
     */
    public static void derivatives(float steepness, float[] values, int from, int to, float[] out) {
        float twice = 2.0f * steepness;
        for (int i = from; i < to; i++) {
            float v = Math.min(Math.max(values[i], 0.01f), 0.99f);
            out[i] = twice * v * (1.0f - v);
        }
    }

    /** {@link #symmetricDerivative} over a range, as {@link #derivatives}. */
    public static void symmetricDerivatives(float steepness, float[] values, int from, int to, float[] out) {
        for (int i = from; i < to; i++) {
            float v = Math.min(Math.max(values[i], -0.98f), 0.98f);
            out[i] = steepness * (1.0f - (v * v));
        }
    }

    /** The kernel's name in this JVM right now: {@code vector} once warm, else {@code scalar}. */
    public static String kernelName() {
        return current().name();
    }

    /**
     * Waits until the fastest kernel is in use, at most {@code timeout}, as
     * {@link Sgemm#awaitFastestKernels} does for products: benchmarks call this before they time
     * anything; other code never needs to.
     *
     * @return whether the fastest kernel is in use (true at once where there is nothing to wait for)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static boolean awaitFastestKernel(java.time.Duration timeout) throws InterruptedException {
        return CHOICE.await(timeout);
    }

    private static SigmoidKernel kernel(float[] sums, int from, int to, float[] out) {
        Objects.checkFromToIndex(from, to, sums.length);
        Objects.checkFromToIndex(from, to, out.length);
        // A few values (an output layer of one row) cost the vector kernel its per-call set-up and a
        // padded vector: the scalar loop is as fast there.
        return to - from < MIN_VECTOR_VALUES ? SCALAR : current();
    }

    private static SigmoidKernel current() {
        return CHOICE.current();
    }

    /** The scalar kernel, always available. */
    static SigmoidKernel scalar() {
        return SCALAR;
    }

    /** The Vector API kernel, or {@code null} where this JVM cannot load it. */
    static SigmoidKernel vectorOrNull() {
        return VectorKernels.loadOrNull(VECTOR_CLASS, SigmoidKernel.class);
    }

    /** A warm-up of {@code vector}, timed against the scalar kernel (see {@link VectorWarmup}). */
    static VectorWarmup warmup(SigmoidKernel vector) {
        float[] sums = new float[64];
        float[] out = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = (i - 32) / 8f;
        }
        return new VectorWarmup("sigmoids", () -> round(vector, sums, out), () -> round(SCALAR, sums, out));
    }

    /**
     * Both sigmoids, four times each: with one call a round, the 300 rounds run back to back were too
     * few calls for C2, and the rest came one every 5 ms pause (3 s of the warm-ups' turns).
     */
    private static void round(SigmoidKernel kernel, float[] sums, float[] out) {
        for (int i = 0; i < 4; i++) {
            kernel.apply(sums, 0, sums.length, out, true);
            kernel.apply(sums, 0, sums.length, out, false);
        }
    }

    static SigmoidKernel choose(String setting) {
        return VectorKernels.choose(PROPERTY, setting, "scalar", SCALAR, VECTOR_CLASS, SigmoidKernel.class);
    }
}
