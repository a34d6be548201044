package dev.zenneural.core.nn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

    @Test
    void standardLayoutIsFanns() {
        Topology t = Network.builder().layers(3, 5, 4, 2).build().topology();
        assertEquals(NetworkType.LAYER, t.type());
        assertEquals(4 + 6 + 5 + 3, t.totalNeurons());
        assertEquals(5 * 4 + 4 * 6 + 2 * 5, t.totalConnections());
        assertEquals(3, t.numInputs());
        assertEquals(2, t.numOutputs());
        assertEquals(0, t.connectionCount(9), "bias neuron of the first hidden layer");
        // neuron 4 (first hidden) reads inputs 0..2 and the bias 3, bias last
        for (int i = 0; i < 4; i++) {
            assertEquals(i, t.source(t.connectionStart(4) + i));
        }
        assertTrue(t.isDense(1) && t.isDense(2) && t.isDense(3));
        assertEquals(ActivationFunction.SIGMOID_STEPWISE, t.activation(4));
        assertEquals(0.5f, t.steepness(4));
    }

    @Test
    void shortcutLayoutConnectsAllEarlierNeurons() {
        // as fann_create_shortcut(3, 3, 4, 2): only the input layer has a bias
        Topology t = Network.builder().layers(3, 4, 2).shortcut().build().topology();
        assertEquals(NetworkType.SHORTCUT, t.type());
        assertEquals(4 + 4 + 2, t.totalNeurons());
        assertEquals(4 * 4 + 2 * 8, t.totalConnections());
        assertEquals(2, t.numOutputs());
        assertEquals(8, t.connectionCount(8));
        for (int i = 0; i < 8; i++) {
            assertEquals(i, t.source(t.connectionStart(8) + i));
        }
        assertTrue(t.isDense(2));
    }

    @Test
    void sparseCountsAreFanns() {
        // fann_create_sparse(0.5, 4, 3, 6, 5, 2) gives 2,3,2,3,2,3 / 4,4,4,4,4 / 3,4 connections
        Topology t = Network.builder().layers(3, 6, 5, 2).connectionRate(0.5f).seed(9).build().topology();
        int[] expected = {0, 0, 0, 0, 2, 3, 2, 3, 2, 3, 0, 4, 4, 4, 4, 4, 0, 3, 4, 0};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], t.connectionCount(n), "neuron " + n);
        }
        assertEquals(42, t.totalConnections());
        for (int layer = 1; layer < t.numLayers(); layer++) {
            int prevStart = t.layerStart(layer - 1);
            int bias = t.layerStart(layer) - 1;
            Set<Integer> reached = new HashSet<>();
            for (int n = t.layerStart(layer); n < t.layerStart(layer) + t.layerSize(layer); n++) {
                if (t.connectionCount(n) == 0) {
                    continue;
                }
                assertEquals(bias, t.source(t.connectionStart(n)), "bias first, as libfann");
                Set<Integer> own = new HashSet<>();
                for (int c = t.connectionStart(n); c < t.connectionStart(n + 1); c++) {
                    int s = t.source(c);
                    assertTrue(s >= prevStart && s <= bias, "source in the previous layer");
                    assertTrue(own.add(s), "no duplicate connection");
                    reached.add(s);
                }
            }
            assertEquals(t.layerSize(layer - 1), reached.size(), "every source neuron is connected");
        }
        assertEquals(t, Network.builder().layers(3, 6, 5, 2).connectionRate(0.5f).seed(9).build().topology(),
                "layout is deterministic for a seed");
    }

    @Test
    void randomWeightsStayInRangeAndFollowTheSeed() {
        Supplier<NetworkBuilder> b = () -> Network.builder().layers(10, 20, 3);
        float[] w = b.get().seed(1).build().weights();
        for (float v : w) {
            assertTrue(v >= -0.1f && v <= 0.1f, "default range [-0.1, 0.1]: " + v);
        }
        assertArrayEquals(w, b.get().seed(1).build().weights());
        assertFalse(java.util.Arrays.equals(w, b.get().seed(2).build().weights()));
        float[] wide = b.get().randomWeights(-3, 5).seed(1).build().weights();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : wide) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= -3 && max <= 5 && min < -2 && max > 4, min + " " + max);
    }

    @Test
    void widrowNguyenUsesFannsScaleAndSigns() {
        Network net = Network.builder().layers(4, 8, 8, 2).widrowNguyen(-1, 1).seed(5).build();
        Topology t = net.topology();
        // hidden as libfann counts: total neurons - inputs - outputs - layers = 26 - 4 - 2 - 4
        double beta = Math.pow(0.7f * 16.0, 1.0 / 4) / 2;
        assertEquals((float) beta, WeightInit.widrowNguyenScale(t, -1, 1));
        boolean negativeBias = false;
        for (int layer = 1; layer < t.numLayers(); layer++) {
            int bias = t.layerStart(layer) - 1;
            for (int n = t.layerStart(layer); n < t.layerStart(layer) + t.layerSize(layer); n++) {
                for (int c = t.connectionStart(n); c < t.connectionStart(n + 1); c++) {
                    float w = net.weight(c);
                    if (t.source(c) == bias) {
                        assertTrue(Math.abs(w) <= (float) beta);
                        negativeBias |= w < 0;
                    } else {
                        assertTrue(w >= 0 && w <= (float) beta, "non-bias weights in [0, beta]: " + w);
                    }
                }
            }
        }
        assertTrue(negativeBias);
        assertArrayEquals(net.weights(), Network.builder().layers(4, 8, 8, 2).widrowNguyen(-1, 1).seed(5).build()
                .weights());
        assertNotEquals(net.weight(0), Network.builder().layers(4, 8, 8, 2).widrowNguyen(-1, 1).seed(6).build()
                .weight(0));
    }

    @Test
    void invalidSettingsAreNamed() {
        assertMessage("a network needs at least 2 layers (input and output), got 0", Network.builder());
        assertMessage("layer 1 has size 0; every layer needs at least 1 neuron", Network.builder().layers(2, 0, 1));
        assertMessage("steepness of hidden layers must be finite and > 0, got NaN",
                Network.builder().layers(2, 3, 1).hiddenSteepness(Float.NaN));
        assertMessage("steepness of layer 2 must be finite and > 0, got -1.0",
                Network.builder().layers(2, 3, 1).steepness(2, -1));
        assertMessage("connection rate must be in (0, 1], got 0.0", Network.builder().layers(2, 1).connectionRate(0));
        assertMessage("connection rate must be in (0, 1], got 1.5",
                Network.builder().layers(2, 1).connectionRate(1.5f));
        assertMessage("shortcut networks are always fully connected; connection rate 0.5 is not supported with them",
                Network.builder().layers(2, 1).shortcut().connectionRate(0.5f));
        assertMessage("activation set for layer 3, but only layers 1 to 2 have neurons with inputs",
                Network.builder().layers(2, 3, 1).activation(3, ActivationFunction.LINEAR));
        assertMessage("weight range must be finite with min <= max, got [1.0, -1.0]",
                Network.builder().layers(2, 1).randomWeights(1, -1));
        assertMessage("Widrow-Nguyen needs a finite input range with min < max, got [0.0, 0.0]",
                Network.builder().layers(2, 1).widrowNguyen(0, 0));
        assertMessage("network too large: 200002 neurons and 10000100000 connections; at most 2147483639 of each fit"
                + " in an array", Network.builder().layers(100_000, 100_000));
    }

    private static void assertMessage(String expected, NetworkBuilder builder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void topologyRejectsInconsistentDescriptions() {
        ActivationFunction[] f = new ActivationFunction[6];
        java.util.Arrays.fill(f, ActivationFunction.LINEAR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topology.of(NetworkType.LAYER,
                1, new int[] {3, 3}, f, new float[6], new int[] {0, 0, 0, 3, 3, 0}, new int[] {0, 1, 2, 0, 1, 4}));
        assertEquals("connection 5 of neuron 4 (layer 1) comes from neuron 4; it must come from an earlier layer,"
                + " neurons 0 to 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Topology.of(NetworkType.LAYER, 1, new int[] {3, 3}, f,
                new float[6], new int[] {1, 0, 0, 0, 0, 0}, new int[] {0}));
        assertEquals("neuron 0 cannot have 1 connections: it is in the input layer", e.getMessage());
    }
}
