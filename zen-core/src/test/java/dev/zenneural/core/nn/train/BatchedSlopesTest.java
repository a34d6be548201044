package dev.zenneural.core.nn.train;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkBuilder;
import dev.zenneural.core.testing.RandomMatrices;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The matrix-product slopes ({@link DenseSlopeWorker}) against libfann's pair-by-pair ones
 * ({@link PairSlopeWorker}), and {@link SlopeEngine} on more threads than one.
 */
class BatchedSlopesTest {

    /** More pairs than one chunk, and not a multiple of it, so that the last chunk is partial. */
    private static final int PAIRS = DenseSlopeWorker.CHUNK * 2 + 37;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("layered 5-7-3 sigmoid", net(false, ActivationFunction.SIGMOID_SYMMETRIC,
                        ActivationFunction.SIGMOID, 5, 7, 3)),
                Arguments.of("layered 6-9-4-2 mixed", net(false, ActivationFunction.GAUSSIAN,
                        ActivationFunction.LINEAR, 6, 9, 4, 2).steepness(2, 0.75f).activation(2,
                        ActivationFunction.ELLIOT_SYMMETRIC)),
                Arguments.of("shortcut 4-5-3-2", net(true, ActivationFunction.SIGMOID_SYMMETRIC,
                        ActivationFunction.SIGMOID_SYMMETRIC, 4, 5, 3, 2)),
                Arguments.of("layered 3-6-2 sin/cos", net(false, ActivationFunction.SIN_SYMMETRIC,
                        ActivationFunction.COS, 3, 6, 2)),
                // DIRECT_INPUTS or more: the first layer reads the pairs as stored, its bias slope a product.
                Arguments.of("layered 40-12-3 sigmoid", net(false, ActivationFunction.SIGMOID_SYMMETRIC,
                        ActivationFunction.SIGMOID, 40, 12, 3)),
                // As many inputs, but every layer reads them: copied into the chunk.
                Arguments.of("shortcut 33-5-2", net(true, ActivationFunction.SIGMOID_SYMMETRIC,
                        ActivationFunction.SIGMOID, 33, 5, 2)));
    }

    private static NetworkBuilder net(boolean shortcut, ActivationFunction hidden, ActivationFunction output,
            int... layers) {
        NetworkBuilder b = Network.builder().layers(layers).hiddenActivation(hidden).outputActivation(output)
                .randomWeights(-0.8f, 0.8f).seed(11);
        return shortcut ? b.shortcut() : b;
    }

    private static Pairs pairs(Network n) {
        return RandomPairs.of(5, PAIRS, n.numInputs(), n.numOutputs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void matrixProductsGiveLibfannSlopesAndErrors(String name, NetworkBuilder builder) {
        Network n = builder.build();
        Pairs pairs = pairs(n);
        for (ErrorFunction ef : ErrorFunction.values()) {
            DenseSlopeWorker dense = DenseSlopeWorker.forTopology(n.topology(), ef);
            assertNotNull(dense, "FANN's standard and shortcut networks are dense");
            float[] expected = new float[n.topology().totalConnections()];
            ErrorAccumulator expectedError = new ErrorAccumulator(0.35f);
            new PairSlopeWorker(n.topology(), ef).addSlopes(n.weights(), pairs, 3, PAIRS, expected, expectedError);
            float[] actual = new float[expected.length];
            ErrorAccumulator actualError = new ErrorAccumulator(0.35f);
            dense.addSlopes(n.weights(), pairs, 3, PAIRS, actual, actualError);
            assertClose(expected, actual, 2e-5, name + " " + ef + " slopes");
            assertEquals(expectedError.mse(), actualError.mse(), 1e-6 * expectedError.mse(), name + " mse");
            assertEquals(expectedError.bitFails(), actualError.bitFails(), name + " bit fails");
        }
    }

    @Test
    void fewPairsGoPairByPairInLibfannsOrder() {
        Network n = net(false, ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.SIGMOID, 5, 7, 3).build();
        Pairs pairs = pairs(n);
        int to = SlopeEngine.MIN_BATCHED_PAIRS - 1;
        float[] expected = new float[n.topology().totalConnections()];
        new PairSlopeWorker(n.topology(), ErrorFunction.TANH).addSlopes(n.weights(), pairs, 0, to, expected,
                new ErrorAccumulator(0.35f));
        float[] actual = new float[expected.length];
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            engine.addSlopes(n.weights(), pairs, 0, to, actual, new ErrorAccumulator(0.35f));
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void sparseNetworksGoPairByPair() {
        Network sparse = Network.builder().layers(6, 8, 2).connectionRate(0.5f).seed(2).build();
        assertNull(DenseSlopeWorker.forTopology(sparse.topology(), ErrorFunction.TANH));
        try (SlopeEngine engine = new SlopeEngine(sparse.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            assertFalse(engine.batched());
        }
    }

    @Test
    void blocksAddUpToTheSingleThreadSlopesAndRepeatBitForBit() {
        Network n = net(false, ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.SIGMOID, 5, 7, 3).build();
        Pairs pairs = pairs(n);
        float[] single = slopes(n, pairs, 1, new ErrorAccumulator(0.35f));
        for (int threads = 2; threads <= 3; threads++) {
            ErrorAccumulator error = new ErrorAccumulator(0.35f);
            float[] blocked = slopes(n, pairs, threads, error);
            assertClose(single, blocked, 2e-5, threads + " threads");
            assertArrayEquals(blocked, slopes(n, pairs, threads, new ErrorAccumulator(0.35f)), "repeatable");
            ErrorAccumulator singleError = new ErrorAccumulator(0.35f);
            slopes(n, pairs, 1, singleError);
            assertEquals(singleError.mse(), error.mse(), 1e-6 * singleError.mse());
            assertEquals(singleError.bitFails(), error.bitFails());
        }
    }

    private static float[] slopes(Network n, Pairs pairs, int threads, ErrorAccumulator error) {
        float[] slopes = new float[n.topology().totalConnections()];
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, threads)) {
            assertTrue(engine.batched());
            engine.addSlopes(n.weights(), pairs, 0, PAIRS, slopes, error);
        }
        return slopes;
    }

    @Test
    void trainingOnTwoThreadsIsDeterministic() {
        Network n = net(false, ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.SIGMOID, 5, 7, 3).build();
        TrainingData data = TrainingData.of(5, 3, RandomMatrices.uniform(1, PAIRS * 5),
                RandomMatrices.uniform(2, PAIRS * 3));
        Trainer trainer = Trainer.builder().threads(2).maxEpochs(20).desiredError(-1).shuffle(4).build();
        TrainingResult first = trainer.train(n, data);
        TrainingResult second = trainer.train(n, data);
        assertArrayEquals(first.network().weights(), second.network().weights());
        TrainingResult single = Trainer.builder().maxEpochs(20).desiredError(-1).shuffle(4).build().train(n, data);
        assertEquals(single.mse(), first.mse(), 1e-3 * single.mse(), "one or two threads, the same training");
    }
}
