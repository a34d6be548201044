package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zenneural.core.kernel.RowKernel;
import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkBuilder;
import dev.zenneural.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vectorized incremental engine against {@link Backprop}'s pair-by-pair arithmetic, to the bit. */
class DenseIncrementalTest {

    @ParameterizedTest(name = "layers {0}, shortcut {1}, momentum {2}, hidden {3}")
    @CsvSource({
        "7-19-3, false, 0, SIGMOID_SYMMETRIC", "7-19-3, false, 0.9, SIGMOID_SYMMETRIC",
        "5-6-33-2, false, 0, SIGMOID_SYMMETRIC", "5-6-33-2, true, 0.4, SIGMOID_SYMMETRIC",
        "3-1, false, 0, SIGMOID_SYMMETRIC", "9-4-4-1, true, 0, SIGMOID_SYMMETRIC", "14-16-3, false, 0, SIGMOID_SYMMETRIC",
        "14-16-3, false, 0.5, SIGMOID_SYMMETRIC", "4-15-17-1, false, 0, SIGMOID_SYMMETRIC",
        "6-33-16, true, 0.2, SIGMOID_SYMMETRIC", "2-1-15-3, false, 0, SIGMOID_SYMMETRIC",
        // The sigmoid's own derivative on the kernel, and a shared activation that keeps the plain loop.
        "14-16-3, false, 0, SIGMOID", "5-17-9-2, false, 0.3, SIGMOID", "5-17-9-2, true, 0, SIGMOID",
        "14-16-3, false, 0, ELLIOT_SYMMETRIC", "5-17-9-2, true, 0, ELLIOT",
    })
    void equalsBackpropToTheBit(String layers, boolean shortcut, float momentum, ActivationFunction hidden) {
        for (RowKernel kernel : RowKernels.available()) {
            equalsBackpropToTheBit(layers, shortcut, momentum, hidden, kernel);
        }
    }

    private static void equalsBackpropToTheBit(String layers, boolean shortcut, float momentum,
            ActivationFunction hidden, RowKernel kernel) {
        int[] sizes = java.util.Arrays.stream(layers.split("-")).mapToInt(Integer::parseInt).toArray();
        NetworkBuilder builder = Network.builder().layers(sizes)
                .hiddenActivation(hidden)
                .outputActivation(ActivationFunction.SIGMOID).seed(5);
        Network net = (shortcut ? builder.shortcut() : builder).build();
        int pairs = 23;
        float[] inputs = RandomMatrices.uniform(1, pairs * net.numInputs());
        float[] targets = RandomMatrices.uniform(2, pairs * net.numOutputs());
        for (int i = 0; i < targets.length; i++) {
            targets[i] = Math.abs(targets[i]);
        }
        Pairs data = new Pairs(inputs, targets, pairs);

        float[] expected = net.weights().clone();
        ErrorAccumulator expectedError = new ErrorAccumulator(0.35f);
        Backprop backprop = new Backprop(net.topology(), ErrorFunction.TANH, expectedError);
        float[] previousDeltas = new float[expected.length];
        float[] actual = net.weights().clone();
        ErrorAccumulator actualError = new ErrorAccumulator(0.35f);
        DenseIncremental engine = DenseIncremental.forTopology(net.topology(), ErrorFunction.TANH, () -> kernel);
        assertNotNull(engine);
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int pair = 0; pair < pairs; pair++) {
                backprop.compute(expected, inputs, targets, pair);
                backprop.stepIncremental(expected, previousDeltas, 0.7f, momentum);
            }
            engine.epoch(data, actual, 0.7f, momentum, actualError);
            assertArrayEquals(expected, actual, kernel.name() + " kernel, weights after epoch " + (epoch + 1));
        }
        assertEquals(expectedError.mse(), actualError.mse(), kernel.name() + " kernel");
        assertEquals(expectedError.bitFails(), actualError.bitFails(), kernel.name() + " kernel");
    }

    @Test
    void sparseNetworksKeepThePairByPairPath() {
        Network sparse = Network.builder().layers(6, 8, 2).connectionRate(0.5f).seed(3).build();
        assertNull(DenseIncremental.forTopology(sparse.topology(), ErrorFunction.LINEAR));
    }
}
