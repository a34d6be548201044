package dev.zenneural.core.kernel;

import java.time.Duration;
import java.util.Arrays;

/**
 * libfann's iRPROP- weight update over a whole weight array, on the fastest kernel this JVM has.
 *
 * <p>That is a Vector API kernel ({@code VectorRprop}) where the JVM resolved
 * {@code jdk.incubator.vector}, C2 compiles and vectors hold at least eight floats, once its
 * background warm-up found it compiled ({@link VectorWarmup}, as for {@link Sigmoids}); until then
 * and elsewhere, plain loops. Both give the same bits. The system property {@code zen.rprop}
 * ({@code auto}, {@code vector} or {@code scalar}) overrides the choice; asking for {@code vector}
 * where it cannot load is an error.
 */
public final class RpropSteps {

    static final String PROPERTY = "zen.rprop";
    private static final String VECTOR_CLASS = "dev.zenneural.core.kernel.VectorRprop";
    private static final RpropKernel SCALAR = new ScalarRprop();
    private static final KernelChoice<RpropKernel> CHOICE = new KernelChoice<>(PROPERTY, "scalar", SCALAR,
            VECTOR_CLASS, RpropKernel.class, RpropSteps::warmup);

    private RpropSteps() {
    }

    /**
     * Moves every weight by its own step, as libfann's {@code fann_update_weights_irpropm}: the step
     * ({@code max(previousStep, minPreviousStep)}) grows by {@code increase}, up to
     * {@code deltaMax}, where the slope keeps the sign of the previous one (a zero product counts as
     * kept), else shrinks by {@code decrease}, down to {@code deltaMin}, and the slope is forgotten
     * (stored as 0); the weight then moves down by the step where the slope is negative, else up,
     * clamped to {@code +-weightLimit}. Each weight's new step and slope replace the previous ones.
     *
     * @throws IllegalArgumentException if the four arrays differ in length
     */
    public static void update(float[] weights, float[] slopes, float[] previousSteps, float[] previousSlopes,
            float increase, float decrease, float deltaMin, float deltaMax, float minPreviousStep, float weightLimit) {
        int n = weights.length;
        if (slopes.length != n || previousSteps.length != n || previousSlopes.length != n) {
            throw new IllegalArgumentException("iRPROP- needs as many slopes, steps and previous slopes as weights ("
                    + n + "), got " + slopes.length + ", " + previousSteps.length + " and " + previousSlopes.length);
        }
        current().update(weights, slopes, previousSteps, previousSlopes, increase, decrease, deltaMin, deltaMax,
                minPreviousStep, weightLimit);
    }

    /** The kernel's name in this JVM right now: {@code vector} once warm, else {@code scalar}. */
    public static String kernelName() {
        return current().name();
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

    private static RpropKernel current() {
        return CHOICE.current();
    }

    /** The scalar kernel, always available. */
    static RpropKernel scalar() {
        return SCALAR;
    }

    /** The Vector API kernel, or {@code null} where this JVM cannot load it. */
    static RpropKernel vectorOrNull() {
        return VectorKernels.loadOrNull(VECTOR_CLASS, RpropKernel.class);
    }

    /** A warm-up of {@code vector}, timed against the scalar kernel (see {@link VectorWarmup}). */
    static VectorWarmup warmup(RpropKernel vector) {
        int n = 256;
        float[] weights = new float[n];
        float[] slopes = new float[n];
        float[] steps = new float[n];
        float[] previous = new float[n];
        for (int i = 0; i < n; i++) {
            slopes[i] = (i % 7) - 3;
        }
        Arrays.fill(steps, 0.1f);
        // FANN's defaults; the slopes' signs alternate from call to call as training's often do.
        return new VectorWarmup("rprop", () -> round(vector, weights, slopes, steps, previous),
                () -> round(SCALAR, weights, slopes, steps, previous));
    }

    private static void round(RpropKernel kernel, float[] weights, float[] slopes, float[] steps, float[] previous) {
        for (int i = 0; i < slopes.length; i++) {
            slopes[i] = -slopes[i];
        }
        kernel.update(weights, slopes, steps, previous, 1.2f, 0.5f, 0f, 50f, 0.0001f, 1500f);
    }

    static RpropKernel choose(String setting) {
        return VectorKernels.choose(PROPERTY, setting, "scalar", SCALAR, VECTOR_CLASS, RpropKernel.class);
    }
}
