package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import org.junit.jupiter.api.Test;

/**
 * One epoch of each algorithm on a 2-2-1 sigmoid network, against the textbook formulas written out
 * here by hand (linear error function, so the slope is the plain gradient of half the squared error).
 */
class SingleStepTest {

    private static final float S = 0.5f;
    private static final ActivationFunction F = ActivationFunction.SIGMOID;
    // Connections: hidden 3 from (x0, x1, bias), hidden 4 likewise, output 6 from (h3, h4, bias).
    private static final float[] W = {0.1f, -0.2f, 0.3f, 0.4f, 0.5f, -0.6f, 0.7f, -0.8f, 0.9f};
    private static final float[] X = {1f, 0f, 0.5f, 1f};
    private static final float[] T = {1f, 0f};

    private static Network network() {
        Network n = Network.builder().layers(2, 2, 1).hiddenActivation(F).outputActivation(F).build();
        assertEquals(9, n.topology().totalConnections());
        return n.withWeights(W);
    }

    /** The slopes of one pair, by hand: delta rule through one hidden layer. */
    private static double[] slopes(float[] w, int pair) {
        double x0 = X[2 * pair];
        double x1 = X[2 * pair + 1];
        float h3 = F.value(S * (float) (w[0] * x0 + w[1] * x1 + w[2]));
        float h4 = F.value(S * (float) (w[3] * x0 + w[4] * x1 + w[5]));
        float o = F.value(S * (w[6] * h3 + w[7] * h4 + w[8]));
        double eo = F.derivative(S, o, 0) * (T[pair] - o);
        double e3 = F.derivative(S, h3, 0) * eo * w[6];
        double e4 = F.derivative(S, h4, 0) * eo * w[7];
        return new double[] {e3 * x0, e3 * x1, e3, e4 * x0, e4 * x1, e4, eo * h3, eo * h4, eo};
    }

    private static double[] batchSlopes() {
        double[] a = slopes(W, 0);
        double[] b = slopes(W, 1);
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static float[] oneEpoch(TrainingAlgorithm algorithm) {
        return epochs(algorithm, 1);
    }

    private static float[] epochs(TrainingAlgorithm algorithm, int epochs) {
        return Trainer.builder().algorithm(algorithm).errorFunction(ErrorFunction.LINEAR).maxEpochs(epochs)
                .desiredError(-1).build().train(network(), TrainingData.of(2, 1, X, T)).network().weights();
    }

    @Test
    void batchMovesAlongTheMeanSlope() {
        double[] g = batchSlopes();
        float[] w = oneEpoch(new BatchBackprop(0.7f));
        for (int i = 0; i < W.length; i++) {
            assertEquals(W[i] + 0.7 / 2 * g[i], w[i], 1e-6, "weight " + i);
        }
    }

    @Test
    void rpropFirstStepIsDeltaZeroTimesIncreaseAlongTheSign() {
        double[] g = batchSlopes();
        float[] w = oneEpoch(Rprop.defaults());
        for (int i = 0; i < W.length; i++) {
            assertEquals(W[i] + (g[i] < 0 ? -0.12 : 0.12), w[i], 1e-6, "weight " + i);
        }
    }

    @Test
    void rpropHalvesTheStepAndPausesOnASignFlip() {
        // With a huge first step the slope's sign flips; FANN then halves the step and, the slope being
        // forgotten, moves the weight up by it.
        Rprop rprop = new Rprop(1.2f, 0.5f, 0f, 50f, 20f);
        float[] afterFirst = epochs(rprop, 1);
        double[] before = slopes(afterFirst, 0);
        double[] second = slopes(afterFirst, 1);
        float[] w = epochs(rprop, 2);
        double[] first = batchSlopes();
        for (int i = 0; i < W.length; i++) {
            double slope = before[i] + second[i];
            double expected = first[i] * slope < 0 ? afterFirst[i] + 12 : afterFirst[i] + Math.copySign(28.8, slope);
            assertEquals(Math.max(-1500, Math.min(1500, expected)), w[i], 1e-3, "weight " + i);
        }
    }

    @Test
    void quickpropFirstStepIsLinearWithDecay() {
        double[] g = batchSlopes();
        float[] w = oneEpoch(Quickprop.defaults());
        for (int i = 0; i < W.length; i++) {
            assertEquals(W[i] + 0.7 / 2 * (g[i] - 0.0001 * W[i]), w[i], 1e-6, "weight " + i);
        }
    }

    @Test
    void sarpropFirstStepIsOneMillionthAgainstTheDecayedGradient() {
        double[] g = batchSlopes();
        float[] w = oneEpoch(Sarprop.defaults());
        double decay = Math.exp(Math.log(2) * -6.644);
        for (int i = 0; i < W.length; i++) {
            double sarpropSlope = -g[i] - W[i] * decay;
            assertEquals(W[i] + (sarpropSlope < 0 ? 1e-6 : -1e-6), w[i], 1e-7, "weight " + i);
        }
    }

    @Test
    void sgdWithMomentumStepsPerBatchAndCarriesVelocity() {
        // One batch of both pairs: a plain mean-slope step.
        double[] g = batchSlopes();
        float[] w = oneEpoch(new SgdMomentum(0.5f, 0.9f, 2));
        for (int i = 0; i < W.length; i++) {
            assertEquals(W[i] + 0.5 / 2 * g[i], w[i], 1e-6, "weight " + i);
        }
        // Batches of one: the second step adds 0.9 times the first.
        float[] expected = W.clone();
        double[] first = slopes(expected, 0);
        for (int i = 0; i < W.length; i++) {
            expected[i] += (float) (0.5 * first[i]);
        }
        double[] second = slopes(expected, 1);
        for (int i = 0; i < W.length; i++) {
            expected[i] += (float) (0.9 * 0.5 * first[i] + 0.5 * second[i]);
        }
        assertArrayClose(expected, oneEpoch(new SgdMomentum(0.5f, 0.9f, 1)), 1e-6);
    }

    @Test
    void adamFirstStepIsTheLearningRateAlongTheSlope() {
        double[] g = batchSlopes();
        float[] w = oneEpoch(new Adam(0.01f, 0.9f, 0.999f, 1e-8f, 2));
        for (int i = 0; i < W.length; i++) {
            assertEquals(W[i] + Math.signum(g[i]) * 0.01, w[i], 1e-6, "weight " + i);
        }
    }

    private static void assertArrayClose(float[] expected, float[] actual, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "weight " + i);
        }
    }

    @Test
    void incrementalUpdatesAfterEveryPair() {
        float[] w = W.clone();
        for (int pair = 0; pair < 2; pair++) {
            double[] g = slopes(w, pair);
            for (int i = 0; i < w.length; i++) {
                w[i] += (float) (0.7 * g[i]);
            }
        }
        float[] ours = oneEpoch(IncrementalBackprop.defaults());
        for (int i = 0; i < W.length; i++) {
            assertEquals(w[i], ours[i], 1e-6, "weight " + i);
        }
    }

    @Test
    void symmetricOutputsHaveTheirErrorHalved() {
        ErrorAccumulator acc = new ErrorAccumulator(0.35f);
        assertEquals(0.5f, acc.add(ActivationFunction.SIGMOID_SYMMETRIC, 1f, 0f));
        assertEquals(1f, acc.add(ActivationFunction.SIGMOID, 1f, 0f));
        assertEquals((0.25f + 1f) / 2, acc.mse());
        assertEquals(2, acc.bitFails());
        assertEquals(0.5f, acc.add(ActivationFunction.LINEAR, 0.5f, 0f));
        assertEquals(3, acc.bitFails());
    }

    @Test
    void tanhErrorFunctionIsCappedAtSeventeen() {
        assertEquals(17f, ErrorFunction.TANH.apply(1f));
        assertEquals(-17f, ErrorFunction.TANH.apply(-1f));
        assertEquals((float) Math.log(3), ErrorFunction.TANH.apply(0.5f));
        assertEquals(0.25f, ErrorFunction.LINEAR.apply(0.25f));
    }
}
