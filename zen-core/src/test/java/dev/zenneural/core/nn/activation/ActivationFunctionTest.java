package dev.zenneural.core.nn.activation;

import static dev.zenneural.core.nn.activation.ActivationFunction.COS;
import static dev.zenneural.core.nn.activation.ActivationFunction.COS_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.ELLIOT;
import static dev.zenneural.core.nn.activation.ActivationFunction.ELLIOT_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.GAUSSIAN;
import static dev.zenneural.core.nn.activation.ActivationFunction.GAUSSIAN_STEPWISE;
import static dev.zenneural.core.nn.activation.ActivationFunction.GAUSSIAN_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.GELU;
import static dev.zenneural.core.nn.activation.ActivationFunction.LEAKY_RELU;
import static dev.zenneural.core.nn.activation.ActivationFunction.LINEAR;
import static dev.zenneural.core.nn.activation.ActivationFunction.LINEAR_PIECE;
import static dev.zenneural.core.nn.activation.ActivationFunction.LINEAR_PIECE_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.RELU;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIGMOID;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIGMOID_STEPWISE;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIGMOID_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIGMOID_SYMMETRIC_STEPWISE;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIN;
import static dev.zenneural.core.nn.activation.ActivationFunction.SIN_SYMMETRIC;
import static dev.zenneural.core.nn.activation.ActivationFunction.TANH;
import static dev.zenneural.core.nn.activation.ActivationFunction.THRESHOLD;
import static dev.zenneural.core.nn.activation.ActivationFunction.THRESHOLD_SYMMETRIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationFunctionTest {

    /** FANN 2.2's FANN_ACTIVATIONFUNC_NAMES, in id order. */
    private static final List<String> FANN_NAMES = List.of("FANN_LINEAR", "FANN_THRESHOLD",
            "FANN_THRESHOLD_SYMMETRIC", "FANN_SIGMOID", "FANN_SIGMOID_STEPWISE", "FANN_SIGMOID_SYMMETRIC",
            "FANN_SIGMOID_SYMMETRIC_STEPWISE", "FANN_GAUSSIAN", "FANN_GAUSSIAN_SYMMETRIC", "FANN_GAUSSIAN_STEPWISE",
            "FANN_ELLIOT", "FANN_ELLIOT_SYMMETRIC", "FANN_LINEAR_PIECE", "FANN_LINEAR_PIECE_SYMMETRIC",
            "FANN_SIN_SYMMETRIC", "FANN_COS_SYMMETRIC", "FANN_SIN", "FANN_COS");

    private static final Set<ActivationFunction> ZEN_ONLY = EnumSet.of(RELU, LEAKY_RELU, TANH, GELU);

    /** The functions whose output error fann_update_MSE halves. */
    private static final Set<ActivationFunction> FANN_SYMMETRIC = EnumSet.of(LINEAR_PIECE_SYMMETRIC,
            THRESHOLD_SYMMETRIC, SIGMOID_SYMMETRIC, SIGMOID_SYMMETRIC_STEPWISE, ELLIOT_SYMMETRIC, GAUSSIAN_SYMMETRIC,
            SIN_SYMMETRIC, COS_SYMMETRIC);

    @Test
    void fannIdsAndNamesFollowFannOrder() {
        for (int id = 0; id < FANN_NAMES.size(); id++) {
            ActivationFunction f = ActivationFunction.values()[id];
            assertEquals(OptionalInt.of(id), f.fannId(), f.name());
            assertEquals(Optional.of(FANN_NAMES.get(id)), f.fannName());
            assertEquals(f, ActivationFunction.fromFannId(id));
            assertEquals(f, ActivationFunction.fromFannName(FANN_NAMES.get(id)));
        }
        assertEquals(FANN_NAMES.size() + ZEN_ONLY.size(), ActivationFunction.values().length);
        for (ActivationFunction f : ZEN_ONLY) {
            assertEquals(OptionalInt.empty(), f.fannId());
            assertEquals(Optional.empty(), f.fannName());
        }
    }

    @Test
    void lookupsRejectWhatFannDoesNotHave() {
        assertEquals("FANN activation function id 18 does not exist; FANN 2.2 ids are 0 to 17",
                assertThrows(IllegalArgumentException.class, () -> ActivationFunction.fromFannId(18)).getMessage());
        assertEquals("FANN activation function id -1 does not exist; FANN 2.2 ids are 0 to 17",
                assertThrows(IllegalArgumentException.class, () -> ActivationFunction.fromFannId(-1)).getMessage());
        assertEquals("activation function RELU is not part of FANN 2.2 and has no FANN name",
                assertThrows(IllegalArgumentException.class, () -> ActivationFunction.fromFannName("FANN_RELU"))
                        .getMessage());
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> ActivationFunction.fromFannName("fann_sigmoid")).getMessage();
        assertEquals("unknown FANN activation function name 'fann_sigmoid'; expected one of "
                + String.join(", ", FANN_NAMES), unknown);
    }

    @Test
    void sigmoidWithSteepnessHalfByHand() {
        // y = 1 / (1 + exp(-2 * 0.5 * x)) = 1 / (1 + exp(-x))
        assertEquals(0.5f, neuron(SIGMOID, 0.5f, 0f));
        assertEquals(0.7310585786300049, neuron(SIGMOID, 0.5f, 1f), 1e-7);
        assertEquals(0.2689414213699951, neuron(SIGMOID, 0.5f, -1f), 1e-7);
        assertEquals(0.9999546021312976, neuron(SIGMOID, 0.5f, 10f), 1e-7);
        assertEquals(4.5397868702434395e-05, neuron(SIGMOID, 0.5f, -10f), 1e-11);
        assertEquals(1f, neuron(SIGMOID, 0.5f, 1e6f));
        assertEquals(0f, neuron(SIGMOID, 0.5f, -1e6f), 1e-30);
    }

    @Test
    void otherFunctionsByHand() {
        assertEquals(0f, SIGMOID_SYMMETRIC.value(0f));
        assertEquals(0.7615941559557649, SIGMOID_SYMMETRIC.value(1f), 1e-7); // tanh(1)
        assertEquals(-0.7615941559557649, SIGMOID_SYMMETRIC.value(-1f), 1e-7);
        assertEquals(0.7615941559557649, TANH.value(1f), 1e-7);
        assertEquals(1f, GAUSSIAN.value(0f));
        assertEquals(0.36787944117144233, GAUSSIAN.value(1f), 1e-7);
        assertEquals(1f, GAUSSIAN_SYMMETRIC.value(0f));
        assertEquals(-0.26424111765711533, GAUSSIAN_SYMMETRIC.value(-1f), 1e-7); // 2/e - 1
        assertEquals(-1f, GAUSSIAN_SYMMETRIC.value(20f));
        assertEquals(0f, GAUSSIAN_STEPWISE.value(0f));
        assertEquals(0.75f, ELLIOT.value(1f)); // (1/2)/(1+1) + 0.5
        assertEquals(0.125f, ELLIOT.value(-3f)); // (-3/2)/4 + 0.5
        assertEquals(0.5f, ELLIOT_SYMMETRIC.value(1f));
        assertEquals(-0.75f, ELLIOT_SYMMETRIC.value(-3f));
        assertEquals(0f, LINEAR_PIECE.value(-0.5f));
        assertEquals(0.25f, LINEAR_PIECE.value(0.25f));
        assertEquals(1f, LINEAR_PIECE.value(2f));
        assertEquals(-1f, LINEAR_PIECE_SYMMETRIC.value(-2f));
        assertEquals(-0.25f, LINEAR_PIECE_SYMMETRIC.value(-0.25f));
        assertEquals(1f, LINEAR_PIECE_SYMMETRIC.value(1.5f));
        assertEquals(1f, THRESHOLD.value(0f));
        assertEquals(1f, THRESHOLD.value(-0f));
        assertEquals(0f, THRESHOLD.value(-1e-30f));
        assertEquals(-1f, THRESHOLD_SYMMETRIC.value(-1e-30f));
        assertEquals(1f, THRESHOLD_SYMMETRIC.value(3f));
        assertEquals(0f, SIN_SYMMETRIC.value(0f));
        assertEquals(1f, SIN_SYMMETRIC.value((float) (Math.PI / 2)));
        assertEquals(1f, COS_SYMMETRIC.value(0f));
        assertEquals(0.5f, SIN.value(0f));
        assertEquals(1f, COS.value(0f));
        assertEquals(0f, COS.value((float) Math.PI), 1e-7);
        assertEquals(-1.5f, LINEAR.value(-1.5f));
        assertEquals(0f, RELU.value(-2f));
        assertEquals(2f, RELU.value(2f));
        assertEquals(-0.02f, LEAKY_RELU.value(-2f));
        assertEquals(2f, LEAKY_RELU.value(2f));
        assertEquals(0f, GELU.value(0f));
        assertEquals(0.8411919906082768, GELU.value(1f), 1e-7);
        assertEquals(-0.15880800939172324, GELU.value(-1f), 1e-7);
    }

    @Test
    void stepwiseSigmoidsHitFannBreakpointsExactly() {
        checkBreakpoints(SIGMOID_STEPWISE, Stepwise.SIGMOID, 0f, 1f);
        checkBreakpoints(SIGMOID_SYMMETRIC_STEPWISE, Stepwise.SIGMOID_SYMMETRIC, -1f, 1f);
        // Halfway between the middle breakpoints (+-atanh(0.5)) lies 0.
        assertEquals(0.5f, SIGMOID_STEPWISE.value(0f));
        assertEquals(0f, SIGMOID_SYMMETRIC_STEPWISE.value(0f));
        // libfann's nesting sends NaN to the upper bound.
        assertEquals(1f, SIGMOID_STEPWISE.value(Float.NaN));
    }

    private static void checkBreakpoints(ActivationFunction f, Stepwise steps, float min, float max) {
        double[] v = steps.breakpoints();
        double[] r = steps.results();
        for (int i = 0; i < v.length; i++) {
            if (i < v.length - 1) {
                assertEquals((float) r[i], f.value((float) v[i]), f + " at breakpoint " + i);
            }
            if (i > 0) {
                float mid = (float) ((v[i - 1] + v[i]) / 2);
                double expected = r[i - 1] + (r[i] - r[i - 1]) * (mid - v[i - 1]) / (v[i] - v[i - 1]);
                assertEquals(expected, f.value(mid), 1e-7, f + " between breakpoints " + (i - 1) + " and " + i);
            }
        }
        assertEquals(min, f.value(Math.nextDown((float) v[0])));
        assertEquals(min, f.value(-1e6f));
        // The last breakpoint already belongs to the flat part (libfann tests sum < v6).
        assertEquals(max, f.value((float) v[5]));
        assertEquals(r[5], f.value(Math.nextDown((float) v[5])), 1e-6);
        assertEquals(max, f.value(1e6f));
        // The breakpoints are where the exact sigmoid takes those values.
        ActivationFunction exact = f == SIGMOID_STEPWISE ? SIGMOID : SIGMOID_SYMMETRIC;
        for (int i = 0; i < v.length; i++) {
            assertEquals(r[i], exact.value((float) v[i]), 1e-6, f + " breakpoint " + i);
        }
        for (float s = -4f; s <= 4f; s += 0.01f) {
            float sum = s;
            assertEquals(exact.value(s), f.value(s), 0.04 * (max - min), () -> f + " near the exact sigmoid at " + sum);
        }
    }

    @Test
    void derivativesMatchCentralDifferencesWhereFannIsExact() {
        float[] steepnesses = {0.5f, 1f, 2f};
        float[] xs = {-1.7f, -0.6f, -0.1f, 0.3f, 0.8f, 1.9f};
        for (ActivationFunction f : EnumSet.of(LINEAR, SIGMOID, SIGMOID_SYMMETRIC, ELLIOT, ELLIOT_SYMMETRIC,
                RELU, LEAKY_RELU, TANH, GELU)) {
            for (float s : steepnesses) {
                for (float x : xs) {
                    boolean clipped = (f == SIGMOID || f == SIGMOID_SYMMETRIC) && Math.abs(s * x) > 2.2f;
                    if (!clipped) { // the clipped region has its own test
                        checkAgainstDifference(f, s, x);
                    }
                }
            }
        }
        // Here libfann's formula is only exact for steepness 1.
        for (ActivationFunction f : EnumSet.of(GAUSSIAN, GAUSSIAN_SYMMETRIC, SIN_SYMMETRIC, COS_SYMMETRIC, SIN, COS)) {
            for (float x : xs) {
                checkAgainstDifference(f, 1f, x);
            }
        }
        // The linear pieces: libfann's slope is right only between the bends.
        checkAgainstDifference(LINEAR_PIECE, 0.5f, 0.8f);
        checkAgainstDifference(LINEAR_PIECE_SYMMETRIC, 0.5f, -0.8f);
    }

    private static void checkAgainstDifference(ActivationFunction f, float s, float x) {
        float h = 1e-3f;
        double slope = ((double) neuron(f, s, x + h) - neuron(f, s, x - h)) / (2.0 * h);
        float sum = ActivationFunction.steepenedSum(s, x);
        float derivative = f.derivative(s, f.value(sum), sum);
        assertEquals(slope, derivative, 2e-3 * (1 + Math.abs(slope)), f + " at steepness " + s + ", x " + x);
    }

    @Test
    void fannDerivativeQuirksByHand() {
        // Gaussian: libfann's -2 * sum * y * s * s with the steepened sum is s times the true slope.
        float sum = 0.5f; // x = 1 at steepness 0.5
        float y = GAUSSIAN.value(sum);
        assertEquals(-2f * 0.5f * y * 0.25f, GAUSSIAN.derivative(0.5f, y, sum));
        // Sine: s * cos(s * sum), steepness applied twice.
        assertEquals((float) (0.5 * Math.cos(0.25)), SIN_SYMMETRIC.derivative(0.5f, SIN_SYMMETRIC.value(sum), sum));
        assertEquals((float) (0.5 * Math.cos(0.25) / 2), SIN.derivative(0.5f, SIN.value(sum), sum));
        assertEquals((float) (0.5 * -Math.sin(0.25)), COS_SYMMETRIC.derivative(0.5f, 0f, sum));
        assertEquals((float) (0.5 * -Math.sin(0.25) / 2), COS.derivative(0.5f, 0f, sum));
        // Elliot: s / (2 (1 + |sum|)^2)
        assertEquals(0.0625f, ELLIOT.derivative(0.5f, ELLIOT.value(1f), 1f));
        assertEquals(0.125f, ELLIOT_SYMMETRIC.derivative(0.5f, ELLIOT_SYMMETRIC.value(-1f), -1f));
        assertEquals(0.5f, LINEAR_PIECE.derivative(0.5f, 1f, 7f));
    }

    @Test
    void sigmoidDerivativesAreClippedAsInFann() {
        float atEdge = 2f * 0.5f * 0.99f * (1f - 0.99f);
        assertEquals(atEdge, SIGMOID.derivative(0.5f, 1f, 50f));
        assertEquals(atEdge, SIGMOID_STEPWISE.derivative(0.5f, 1f, 50f));
        assertEquals(2f * 0.5f * 0.01f * (1f - 0.01f), SIGMOID.derivative(0.5f, 0f, -50f));
        assertEquals(0.0099, SIGMOID.derivative(0.5f, 0f, -50f), 1e-9);
        float symmetricEdge = 0.5f * (1f - 0.98f * 0.98f);
        assertEquals(symmetricEdge, SIGMOID_SYMMETRIC.derivative(0.5f, 1f, 50f));
        assertEquals(symmetricEdge, SIGMOID_SYMMETRIC_STEPWISE.derivative(0.5f, -1f, -50f));
        assertEquals(0.0198, symmetricEdge, 1e-7);
        // Inside the clip range the value is used as it is: 2 * 0.5 * 0.5 * 0.5.
        assertEquals(0.25f, SIGMOID.derivative(0.5f, 0.5f, 0f));
        assertEquals(0.5f, SIGMOID_SYMMETRIC.derivative(0.5f, 0f, 0f));
        // TANH is zen's own: not clipped.
        assertEquals(0f, TANH.derivative(0.5f, 1f, 50f));
    }

    @Test
    void thresholdsAndTheUnimplementedGaussianAreNotTrainable() {
        Set<ActivationFunction> untrainable = EnumSet.of(THRESHOLD, THRESHOLD_SYMMETRIC, GAUSSIAN_STEPWISE);
        for (ActivationFunction f : ActivationFunction.values()) {
            if (untrainable.contains(f)) {
                assertFalse(f.trainable(), f.name());
                assertThrows(UnsupportedOperationException.class, () -> f.derivative(1f, 0f, 0f), f.name());
            } else {
                assertTrue(f.trainable(), f.name());
                assertTrue(Float.isFinite(f.derivative(1f, f.value(0.3f), 0.3f)), f.name());
            }
        }
        assertEquals("FANN_THRESHOLD cannot be trained: it has no usable derivative; use it only in networks"
                + " that are not trained", assertThrows(UnsupportedOperationException.class,
                        () -> THRESHOLD.derivatives(1f, new float[1], new float[1], 0, 1, new float[1])).getMessage());
    }

    @Test
    void outputsStayInTheDeclaredRange() {
        for (ActivationFunction f : ActivationFunction.values()) {
            assertTrue(f.minOutput() < f.maxOutput(), f.name());
            for (float s = -200f; s <= 200f; s += 0.0625f) {
                float sum = s;
                float y = f.value(s);
                assertTrue(y >= f.minOutput() && y <= f.maxOutput(), () -> f + " at " + sum + " gives " + y);
            }
            assertEquals(FANN_SYMMETRIC.contains(f) || f == TANH, f.symmetric(), f.name());
            if (f.symmetric()) {
                assertEquals(-1f, f.minOutput(), f.name());
                assertEquals(1f, f.maxOutput(), f.name());
            }
        }
    }

    @Test
    void geluMinimumIsTight() {
        float lowest = Float.POSITIVE_INFINITY;
        for (float s = -1f; s <= -0.5f; s += 1e-4f) {
            lowest = Math.min(lowest, GELU.value(s));
        }
        assertTrue(lowest >= GELU.minOutput());
        assertEquals(GELU.minOutput(), lowest, 1e-7);
    }

    @Test
    void bulkMethodsMatchTheScalarOnes() {
        float[] sums = new float[301];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = (i - 150) * 0.037f;
        }
        for (ActivationFunction f : ActivationFunction.values()) {
            float[] out = new float[sums.length];
            f.apply(sums, 10, 290, out);
            float[] inPlace = sums.clone();
            f.apply(inPlace, 0, inPlace.length, inPlace);
            for (int i = 0; i < sums.length; i++) {
                int at = i;
                float expected = f.value(sums[i]);
                assertEquals(i >= 10 && i < 290 ? expected : 0f, out[i], () -> f + " at " + at);
                assertEquals(expected, inPlace[i], () -> f + " in place at " + at);
            }
            if (f.trainable()) {
                float[] derivatives = new float[sums.length];
                f.derivatives(0.7f, inPlace, sums, 0, sums.length, derivatives);
                for (int i = 0; i < sums.length; i++) {
                    int at = i;
                    assertEquals(f.derivative(0.7f, inPlace[i], sums[i]), derivatives[i],
                            () -> f + " derivative at " + at);
                }
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> SIGMOID.apply(new float[4], 0, 5, new float[5]));
        assertThrows(IndexOutOfBoundsException.class, () -> LINEAR.apply(new float[5], 0, 5, new float[4]));
        assertThrows(IndexOutOfBoundsException.class, () -> RELU.apply(new float[5], 3, 2, new float[5]));
    }

    @Test
    void steepenedSumClampsLikeFannRun() {
        assertEquals(1f, ActivationFunction.steepenedSum(0.5f, 2f));
        assertEquals(300f, ActivationFunction.steepenedSum(0.5f, 1e6f)); // 150 / 0.5
        assertEquals(-300f, ActivationFunction.steepenedSum(0.5f, -1e6f));
        assertEquals(150f, ActivationFunction.steepenedSum(1f, Float.POSITIVE_INFINITY));
    }

    @Test
    void steepenSumsEqualsSteepenedSumToTheBit() {
        float[] edges = {0f, -0f, 1f, -1f, 299.99998f, 300f, 300.00003f, -300f, -300.00003f, 1e30f, -1e30f,
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.NaN};
        float[] random = dev.zenneural.core.testing.RandomMatrices.uniform(9, 200);
        for (float steepness : new float[] {0.5f, 1f, 0.01f, 7f}) {
            for (float[] sums : new float[][] {edges, random}) {
                float[] bulk = new float[sums.length + 2];
                System.arraycopy(sums, 0, bulk, 1, sums.length);
                ActivationFunction.steepenSums(steepness, bulk, 1, 1 + sums.length);
                for (int i = 0; i < sums.length; i++) {
                    assertEquals(Float.floatToRawIntBits(ActivationFunction.steepenedSum(steepness, sums[i] * 300)),
                            Float.floatToRawIntBits(steepenOne(steepness, sums[i] * 300)), "x300 " + sums[i]);
                    assertEquals(Float.floatToRawIntBits(ActivationFunction.steepenedSum(steepness, sums[i])),
                            Float.floatToRawIntBits(bulk[i + 1]), "steepness " + steepness + ", sum " + sums[i]);
                }
                assertEquals(0f, bulk[0]);
                assertEquals(0f, bulk[bulk.length - 1]);
            }
        }
    }

    private static float steepenOne(float steepness, float sum) {
        float[] one = {sum};
        ActivationFunction.steepenSums(steepness, one, 0, 1);
        return one[0];
    }

    /** A neuron's output for weighted sum {@code x}: what libfann's fann_run computes. */
    private static float neuron(ActivationFunction f, float steepness, float x) {
        return f.value(ActivationFunction.steepenedSum(steepness, x));
    }
}
