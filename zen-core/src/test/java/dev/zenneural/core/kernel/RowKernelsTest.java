package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The row kernels against each other to the bit, and the plain one against libfann's order written
 * out. The test JVMs resolve {@code jdk.incubator.vector} (the parent POM), so the vector kernel is
 * always there to test.
 */
class RowKernelsTest {

    /** Layer widths around a vector of 16 floats (and of 8), and source counts around groups of 4. */
    private static final int[] COUNTS = {1, 3, 7, 8, 9, 15, 16, 17, 33};
    private static final int[] SOURCES = {1, 2, 3, 4, 5, 7, 8, 15, 17};

    private static float[] values(SplittableRandom random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            // Mixed magnitudes, so that the order of the additions shows in the bits.
            v[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4)));
        }
        return v;
    }

    /** Rows of {@code count} weights padded to the stride, the padding 0 as the engine keeps it. */
    private static float[] rows(SplittableRandom random, int k, int count, int stride) {
        float[] w = new float[k * stride];
        for (int i = 0; i < k; i++) {
            System.arraycopy(values(random, count), 0, w, i * stride, count);
        }
        return w;
    }

    private static RowKernel vector() {
        RowKernel vector = RowKernels.vectorOrNull();
        assertNotNull(vector, "the test JVM resolves jdk.incubator.vector (see the parent POM's argLine)");
        return vector;
    }

    @Test
    void sumsGiveTheSameBitsOnEveryKernel() {
        RowKernel vector = vector();
        SplittableRandom random = new SplittableRandom(3);
        for (int count : COUNTS) {
            int stride = RowKernels.stride(count);
            for (int k : SOURCES) {
                float[] w = rows(random, k, count, stride);
                float[] x = values(random, k + 5);
                float[] expected = new float[stride];
                float[] got = new float[stride];
                RowKernels.scalar().sums(w, stride, k, x, 5, expected, count);
                vector.sums(w, stride, k, x, 5, got, count);
                assertArrayEquals(Arrays.copyOf(expected, count), Arrays.copyOf(got, count),
                        "sums of " + count + " neurons over " + k + " sources");
            }
        }
    }

    @Test
    void steepenedSumsGiveTheSameBitsOnEveryKernel() {
        RowKernel vector = vector();
        SplittableRandom random = new SplittableRandom(6);
        float[] steepnesses = {1f, 0.5f, 0.01f, 3f, -0.5f};
        for (int count : COUNTS) {
            int stride = RowKernels.stride(count);
            for (float steepness : steepnesses) {
                int k = 7;
                float[] w = rows(random, k, count, stride);
                float[] x = values(random, k);
                // Sums beyond the clamp at 150 / steepness on both sides, a NaN and a -0.
                x[0] = 1e5f;
                w[0] = -1f;
                if (count > 2) {
                    w[1] = Float.NaN;
                    w[2] = 0f;
                }
                float[] expected = new float[stride];
                float[] got = new float[stride];
                RowKernels.scalar().steepenedSums(w, stride, k, x, 0, steepness, expected, count);
                vector.steepenedSums(w, stride, k, x, 0, steepness, got, count);
                assertArrayEquals(Arrays.copyOf(expected, count), Arrays.copyOf(got, count),
                        "steepened sums of " + count + " neurons, steepness " + steepness);
                float[] plain = new float[stride];
                RowKernels.scalar().sums(w, stride, k, x, 0, plain, count);
                for (int j = 0; j < count; j++) {
                    float s = steepness * plain[j];
                    float max = 150 / steepness;
                    float clamped = s > max ? max : s < -max ? -max : s;
                    assertEquals(Float.floatToIntBits(clamped), Float.floatToIntBits(expected[j]), "neuron " + j);
                }
            }
        }
    }

    @Test
    void accumulationsGiveTheSameBitsOnEveryKernelInRowOrder() {
        RowKernel vector = vector();
        SplittableRandom random = new SplittableRandom(8);
        for (int count : COUNTS) {
            int stride = RowKernels.stride(count);
            for (int k : SOURCES) {
                float[] w = rows(random, k, count, stride);
                float[] x = values(random, k + 1);
                float[] start = Arrays.copyOf(values(random, count), stride);
                float[] expected = start.clone();
                float[] got = start.clone();
                RowKernels.scalar().accumulate(w, stride, k, x, 1, expected, count);
                vector.accumulate(w, stride, k, x, 1, got, count);
                assertArrayEquals(Arrays.copyOf(expected, count), Arrays.copyOf(got, count),
                        "accumulate " + count + " lanes over " + k + " rows");
                for (int j = 0; j < count; j++) {
                    float e = start[j];
                    for (int i = 0; i < k; i++) {
                        e += w[i * stride + j] * x[1 + i];
                    }
                    assertEquals(Float.floatToIntBits(e), Float.floatToIntBits(expected[j]), "lane " + j);
                }
            }
        }
    }

    @Test
    void scalarSumsFollowLibfannsOrder() {
        SplittableRandom random = new SplittableRandom(4);
        for (int k : SOURCES) {
            int count = 3;
            int stride = RowKernels.stride(count);
            float[] w = rows(random, k, count, stride);
            float[] x = values(random, k);
            float[] got = new float[stride];
            RowKernels.scalar().sums(w, stride, k, x, 0, got, count);
            for (int j = 0; j < count; j++) {
                // libfann's fann_run: the k % 4 leading terms from the highest, then groups of four.
                float sum = 0;
                int i = k & 3;
                for (int t = i - 1; t >= 0; t--) {
                    sum += w[t * stride + j] * x[t];
                }
                for (; i < k; i += 4) {
                    sum += w[i * stride + j] * x[i] + w[(i + 1) * stride + j] * x[i + 1]
                            + w[(i + 2) * stride + j] * x[i + 2] + w[(i + 3) * stride + j] * x[i + 3];
                }
                assertEquals(Float.floatToIntBits(sum), Float.floatToIntBits(got[j]), "neuron " + j + " of k " + k);
            }
        }
    }

    @Test
    void stepsGiveTheSameBitsOnEveryKernel() {
        RowKernel vector = vector();
        SplittableRandom random = new SplittableRandom(5);
        for (int count : COUNTS) {
            int stride = RowKernels.stride(count);
            for (int k : SOURCES) {
                float[] w = rows(random, k, count, stride);
                float[] moves = rows(random, k, count, stride);
                float[] x = values(random, k + 2);
                float[] errors = Arrays.copyOf(values(random, count), stride);
                float[] plainW = w.clone();
                float[] vectorW = w.clone();
                RowKernels.scalar().step(plainW, stride, k, x, 2, errors, count);
                vector.step(vectorW, stride, k, x, 2, errors, count);
                assertArrayEquals(plainW, vectorW, "step of " + count + " neurons over " + k + " sources");
                assertTrue(!Arrays.equals(w, plainW), "the step moved the weights");

                float[] plainMoves = moves.clone();
                float[] vectorMoves = moves.clone();
                RowKernels.scalar().step(plainW, plainMoves, stride, k, x, 2, errors, count, 0.9f);
                vector.step(vectorW, vectorMoves, stride, k, x, 2, errors, count, 0.9f);
                assertArrayEquals(plainW, vectorW, "momentum step of " + count + " over " + k);
                assertArrayEquals(plainMoves, vectorMoves, "moves of " + count + " over " + k);
            }
        }
    }

    @Test
    void sigmoidDerivativesGiveTheSameBitsOnEveryKernelAndTouchOnlyTheLayer() {
        RowKernel vector = vector();
        SplittableRandom random = new SplittableRandom(11);
        float[] edges = {-0.98f, 0.98f, 0.01f, 0.99f, -1f, 1f, 0f, -0f, 0.5f, Float.NaN, 2f, -0.9800001f, 0.9900001f};
        for (int count : COUNTS) {
            for (boolean symmetric : new boolean[] {true, false}) {
                int from = 3;
                float[] values = new float[from + count + 9];
                for (int n = 0; n < values.length; n++) {
                    values[n] = random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)]
                            : (float) random.nextDouble(-1.1, 1.1);
                }
                float[] errors = values(random, values.length);
                float[] plain = errors.clone();
                float[] vectorErrors = errors.clone();
                float steepness = random.nextBoolean() ? 0.5f : 1.7f;
                RowKernels.scalar().sigmoidDerivatives(values, plain, from, count, steepness, symmetric);
                vector.sigmoidDerivatives(values, vectorErrors, from, count, steepness, symmetric);
                String what = (symmetric ? "symmetric, " : "") + count + " neurons";
                assertArrayEquals(plain, vectorErrors, what);
                for (int n = 0; n < errors.length; n++) {
                    if (n < from || n >= from + count) {
                        assertEquals(errors[n], plain[n], what + ": error " + n + " is outside the layer");
                    }
                }
                assertTrue(!Arrays.equals(errors, plain), what + ": the errors moved");
            }
        }
    }

    @Test
    void sigmoidDerivativesClipTheValueAsLibfannDoes() {
        assertEquals(0.375f, Sigmoids.derivative(0.75f, 0.5f));
        assertEquals(0.5625f, Sigmoids.symmetricDerivative(0.75f, 0.5f));
        assertEquals(Sigmoids.derivative(0.75f, 0.99f), Sigmoids.derivative(0.75f, 1f));
        assertEquals(Sigmoids.derivative(0.75f, 0.01f), Sigmoids.derivative(0.75f, -3f));
        assertEquals(Sigmoids.symmetricDerivative(0.75f, 0.98f), Sigmoids.symmetricDerivative(0.75f, 2f));
        assertEquals(Sigmoids.symmetricDerivative(0.75f, -0.98f), Sigmoids.symmetricDerivative(0.75f, -1f));
        assertTrue(Sigmoids.symmetricDerivative(0.75f, 0.97f) != Sigmoids.symmetricDerivative(0.75f, 0.98f));
        assertTrue(Float.isNaN(Sigmoids.derivative(0.75f, Float.NaN)));
        assertTrue(Float.isNaN(Sigmoids.symmetricDerivative(0.75f, Float.NaN)));
    }

    @Test
    void scalarSigmoidDerivativesAreTheActivationFunctions() {
        float[] values = {-1.5f, -0.99f, -0.98f, -0.3f, -0f, 0f, 0.005f, 0.01f, 0.42f, 0.98f, 0.99f, 0.995f, 3f,
            Float.NaN};
        for (boolean symmetric : new boolean[] {true, false}) {
            ActivationFunction f = symmetric ? ActivationFunction.SIGMOID_SYMMETRIC : ActivationFunction.SIGMOID;
            float[] errors = new float[values.length];
            Arrays.fill(errors, -1.25f);
            RowKernels.scalar().sigmoidDerivatives(values, errors, 0, values.length, 0.75f, symmetric);
            for (int n = 0; n < values.length; n++) {
                float expected = -1.25f * f.derivative(0.75f, values[n], 0f);
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(errors[n]), f + " at " + values[n]);
            }
        }
    }

    @Test
    void scalarStepIsTheOneWeightFormula() {
        float[] w = {1f, 2f, 0f, 0f, 3f, 4f, 0f, 0f};
        float[] moves = {0.5f, -0.5f, 0f, 0f, 1f, 2f, 0f, 0f};
        float[] x = {9f, 2f, -1f};
        float[] errors = {0.25f, -2f};
        RowKernels.scalar().step(w, moves, 4, 2, x, 1, errors, 2, 0.5f);
        // delta = errors[j] * x[1 + i] + 0.5 * moves
        assertArrayEquals(new float[] {1.75f, -2.25f, 0f, 0f, 3.25f, 7f, 0f, 0f}, w);
        assertArrayEquals(new float[] {0.75f, -4.25f, 0f, 0f, 0.25f, 3f, 0f, 0f}, moves);
    }

    @Test
    void strideCoversTheRowAndIsAWholeNumberOfVectors() {
        RowKernel vector = vector();
        int lanes = RowKernels.stride(1);
        assertTrue(lanes >= 8, "the vector kernel's lanes: " + lanes);
        for (int count : COUNTS) {
            int stride = RowKernels.stride(count);
            assertTrue(stride >= count && stride % lanes == 0 && stride - count < lanes, count + " -> " + stride);
        }
        assertEquals(0, RowKernels.stride(0));
        assertThrows(IllegalArgumentException.class, () -> RowKernels.stride(-1));
        assertEquals(java.util.List.of(RowKernels.scalar().name(), vector.name()),
                RowKernels.available().stream().map(RowKernel::name).toList());
    }

    @Test
    void settingsChooseTheKernelOrSayWhatIsWrong() {
        assertSame(RowKernels.scalar(), RowKernels.choose("scalar"));
        assertEquals("vector", RowKernels.choose("vector").name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RowKernels.choose("fast"));
        assertTrue(e.getMessage().contains("zen.rows"), e.getMessage());
    }

    @Test
    void warmupFindsTheVectorKernelCompiledWhereC2Runs() {
        org.junit.jupiter.api.Assumptions.assumeTrue(VectorKernels.c2Compiles(), "C2 is off in this JVM");
        assertTrue(RowKernels.warmup(vector()).run(60_000_000_000L));
    }
}
