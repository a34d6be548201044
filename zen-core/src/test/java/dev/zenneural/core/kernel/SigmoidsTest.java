package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Exponential} against {@link StrictMath#exp}, and the sigmoid kernels against each other to
 * the bit. The test JVMs resolve {@code jdk.incubator.vector} (the parent POM), so the vector kernel
 * is always there to test.
 */
class SigmoidsTest {

    /** Sums a layer can see: ordinary, saturated (FANN clamps at +-150), huge, and the odd values. */
    private static float[] sums(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, 150f, -150f, 350f, -350f, 351f,
            -351f, 1e30f, -1e30f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.NaN};
        float[] s = new float[count];
        for (int i = 0; i < count; i++) {
            s[i] = i < special.length ? special[i]
                    : i % 3 == 0 ? (float) (random.nextDouble(-400, 400)) : (float) (random.nextGaussian() * 4);
        }
        return s;
    }

    @Test
    void vectorAndScalarKernelsGiveTheSameBitsOverAnyRange() {
        SigmoidKernel vector = Sigmoids.vectorOrNull();
        assertNotNull(vector, "the test JVM resolves jdk.incubator.vector (see the parent POM's argLine)");
        float[] sums = sums(7, 1300);
        // Ranges that start off any vector boundary and cross the vector kernel's 256-value blocks.
        int[][] ranges = {{0, 0}, {0, 1}, {3, 10}, {0, 256}, {1, 258}, {5, 600}, {0, 1300}, {999, 1300}};
        for (boolean symmetric : new boolean[] {false, true}) {
            for (int[] range : ranges) {
                float[] expected = new float[sums.length];
                float[] got = new float[sums.length];
                Sigmoids.scalar().apply(sums, range[0], range[1], expected, symmetric);
                vector.apply(sums, range[0], range[1], got, symmetric);
                assertArrayEquals(expected, got, "symmetric " + symmetric + " over " + range[0] + ".." + range[1]);
            }
            float[] inPlace = sums.clone();
            float[] expected = new float[sums.length];
            Sigmoids.scalar().apply(sums, 0, sums.length, expected, symmetric);
            vector.apply(inPlace, 0, inPlace.length, inPlace, symmetric);
            assertArrayEquals(expected, inPlace, "in place, symmetric " + symmetric);
        }
    }

    @Test
    void scalarKernelIsTheOneValueFormula() {
        float[] sums = sums(11, 200);
        float[] plain = new float[sums.length];
        float[] symmetric = new float[sums.length];
        Sigmoids.scalar().apply(sums, 0, sums.length, plain, false);
        Sigmoids.scalar().apply(sums, 0, sums.length, symmetric, true);
        for (int i = 0; i < sums.length; i++) {
            assertEquals(Exponential.sigmoid(sums[i]), plain[i], "sum " + sums[i]);
            assertEquals(Exponential.symmetricSigmoid(sums[i]), symmetric[i], "sum " + sums[i]);
        }
    }

    @Test
    void expIsWithinThreeUlpOfTheExactValue() {
        SplittableRandom random = new SplittableRandom(3);
        double worst = 0;
        for (int i = 0; i < 400_000; i++) {
            double x = i % 2 == 0 ? random.nextDouble(-700, 700) : random.nextDouble(-1, 1);
            double exact = StrictMath.exp(x);
            worst = Math.max(worst, Math.abs(Exponential.exp(x) - exact) / Math.ulp(exact));
        }
        assertTrue(worst <= 3, "worst error " + worst + " ulp");
        assertEquals(1.0, Exponential.exp(0.0));
        assertEquals(1.0, Exponential.exp(-0.0));
    }

    @Test
    void expSaturatesBeyondSevenHundredAndKeepsNaN() {
        assertEquals(Exponential.exp(700), Exponential.exp(1e6));
        assertEquals(Exponential.exp(-700), Exponential.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Exponential.exp(Double.NaN)));
        assertEquals(0f, (float) Exponential.exp(-700));
        assertEquals(Float.POSITIVE_INFINITY, (float) Exponential.exp(700));
    }

    @Test
    void sigmoidsMatchTheMathExpFormulaOutsideRareRoundingTies() {
        float[] sums = sums(5, 100_000);
        int differ = 0;
        for (float s : sums) {
            float reference = (float) (2.0f / (1.0f + Math.exp(-2.0f * s)) - 1.0f);
            float ours = Exponential.symmetricSigmoid(s);
            if (Float.compare(reference, ours) != 0) {
                differ++;
                assertTrue(Math.abs(reference - ours) <= Math.ulp(reference), "sum " + s + ": " + ours + " vs " + reference);
            }
            assertEquals((float) (1.0f / (1.0f + Math.exp(-2.0f * s))), Exponential.sigmoid(s), Math.ulp(1f), "sum " + s);
        }
        assertTrue(differ <= 2, differ + " of " + sums.length + " differ from Math.exp's");
    }

    @Test
    void settingsChooseTheKernelOrSayWhatIsWrong() {
        assertSame(Sigmoids.scalar(), Sigmoids.choose("scalar"));
        assertEquals("vector", Sigmoids.choose("vector").name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Sigmoids.choose("fast"));
        assertTrue(e.getMessage().contains("expected auto, vector or scalar"), e.getMessage());
    }

    @Test
    void rangesAreChecked() {
        float[] sums = new float[4];
        assertThrows(IndexOutOfBoundsException.class, () -> Sigmoids.sigmoid(sums, 2, 5, sums));
        assertThrows(IndexOutOfBoundsException.class, () -> Sigmoids.symmetricSigmoid(sums, 0, 4, new float[3]));
    }

    @Test
    void warmupFindsTheVectorKernelCompiledWhereC2Runs() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(VectorKernels.c2Compiles(), "C2 is off in this JVM");
        assertTrue(Sigmoids.warmup(Sigmoids.vectorOrNull()).run(60_000_000_000L));
    }
}
