package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The iRPROP- kernels against each other to the bit, and the scalar one against libfann's rules
 * case by case. The test JVMs resolve {@code jdk.incubator.vector} (the parent POM), so the vector
 * kernel is always there to test.
 */
class RpropStepsTest {

    private static final float INCREASE = 1.2f;
    private static final float DECREASE = 0.5f;
    private static final float DELTA_MIN = 0f;
    private static final float DELTA_MAX = 50f;
    private static final float MIN_PREVIOUS_STEP = 0.0001f;
    private static final float LIMIT = 1500f;

    /** Slopes as training sees them, with the odd values: both zeros, NaN, huge and tiny ones. */
    private static float[] slopes(SplittableRandom random, int count) {
        float[] special = {0f, -0f, Float.NaN, 1e30f, -1e30f, Float.MIN_VALUE, -Float.MIN_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        float[] s = new float[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            s[i] = u < 0.05 ? special[random.nextInt(special.length)] : u < 0.2 ? 0f : (float) random.nextGaussian();
        }
        return s;
    }

    private static void update(RpropKernel kernel, float[] weights, float[] slopes, float[] steps, float[] previous) {
        kernel.update(weights, slopes, steps, previous, INCREASE, DECREASE, DELTA_MIN, DELTA_MAX, MIN_PREVIOUS_STEP,
                LIMIT);
    }

    @Test
    void vectorAndScalarKernelsGiveTheSameBitsEpochAfterEpoch() {
        RpropKernel vector = RpropSteps.vectorOrNull();
        assertNotNull(vector, "the test JVM resolves jdk.incubator.vector (see the parent POM's argLine)");
        // Lengths with and without a tail past the last whole vector.
        for (int n : new int[] {1, 15, 16, 17, 64, 4098}) {
            SplittableRandom random = new SplittableRandom(n);
            float[] weights = new float[n];
            for (int i = 0; i < n; i++) {
                weights[i] = i % 11 == 0 ? 1499.9f * (i % 2 == 0 ? 1 : -1) : (float) random.nextGaussian();
            }
            float[] steps = new float[n];
            Arrays.fill(steps, 0.1f);
            float[][] scalar = {weights.clone(), steps.clone(), new float[n]};
            float[][] vectorState = {weights.clone(), steps.clone(), new float[n]};
            for (int epoch = 0; epoch < 200; epoch++) {
                float[] slopes = slopes(random, n);
                update(RpropSteps.scalar(), scalar[0], slopes, scalar[1], scalar[2]);
                update(vector, vectorState[0], slopes, vectorState[1], vectorState[2]);
                for (int k = 0; k < 3; k++) {
                    assertArrayEquals(scalar[k], vectorState[k], "array " + k + ", " + n + " weights, epoch " + epoch);
                }
            }
        }
    }

    @Test
    void scalarKernelFollowsLibfannCaseByCase() {
        float[] weights = {0f, 0f, 0f, 1499f, -1499f, 5f};
        float[] slopes = {2f, -2f, 3f, 1f, -1f, 0f};
        float[] steps = {0.1f, 0.1f, 0.1f, 10f, 10f, 0f};
        float[] previous = {1f, -1f, -1f, 1f, -1f, -4f};
        update(RpropSteps.scalar(), weights, slopes, steps, previous);
        // Same sign: the step grows and the weight moves with the slope's sign.
        assertEquals(0.1f * INCREASE, steps[0]);
        assertEquals(0.1f * INCREASE, weights[0]);
        assertEquals(-0.1f * INCREASE, weights[1]);
        assertEquals(2f, previous[0]);
        // Flipped sign: the step shrinks, the slope is forgotten, and a zero slope moves the weight up.
        assertEquals(0.1f * DECREASE, steps[2]);
        assertEquals(0f, previous[2]);
        assertEquals(0.1f * DECREASE, weights[2]);
        // Weights are clamped to +-1500.
        assertEquals(LIMIT, weights[3]);
        assertEquals(-LIMIT, weights[4]);
        // A zero product counts as the same sign; a step of 0 starts from the smallest previous step.
        assertEquals(MIN_PREVIOUS_STEP * INCREASE, steps[5]);
        assertEquals(5f + MIN_PREVIOUS_STEP * INCREASE, weights[5]);
    }

    @Test
    void theFastestKernelGivesTheScalarBits() throws InterruptedException {
        assertTrue(RpropSteps.awaitFastestKernel(java.time.Duration.ofSeconds(60)));
        SplittableRandom random = new SplittableRandom(9);
        float[] slopes = slopes(random, 100);
        float[] expected = new float[100];
        float[] expectedSteps = new float[100];
        Arrays.fill(expectedSteps, 0.1f);
        float[] got = expected.clone();
        float[] gotSteps = expectedSteps.clone();
        update(RpropSteps.scalar(), expected, slopes, expectedSteps, new float[100]);
        RpropSteps.update(got, slopes, gotSteps, new float[100], INCREASE, DECREASE, DELTA_MIN, DELTA_MAX,
                MIN_PREVIOUS_STEP, LIMIT);
        assertArrayEquals(expected, got);
        assertArrayEquals(expectedSteps, gotSteps);
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RpropSteps.update(new float[3], new float[3], new float[2], new float[3], INCREASE, DECREASE,
                        DELTA_MIN, DELTA_MAX, MIN_PREVIOUS_STEP, LIMIT));
        assertTrue(e.getMessage().contains("as many slopes, steps and previous slopes as weights (3)"), e.getMessage());
    }

    @Test
    void settingChoosesTheKernel() {
        assertEquals("scalar", RpropSteps.choose("scalar").name());
        assertEquals("vector", RpropSteps.choose("vector").name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RpropSteps.choose("fast"));
        assertTrue(e.getMessage().contains("-Dzen.rprop=fast"), e.getMessage());
    }
}
