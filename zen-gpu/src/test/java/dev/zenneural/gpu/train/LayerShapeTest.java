package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.network.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which networks the device trains, decided without a device. */
class LayerShapeTest {

    @Test
    void aStandardNetworkIsOneShapePerLayerInFannsWeightOrder() {
        Network net = Network.builder().layers(3, 5, 2).hiddenActivation(ActivationFunction.RELU).hiddenSteepness(0.7f)
                .outputActivation(ActivationFunction.SIGMOID).build();

        List<LayerShape> layers = LayerShape.of(net.topology());

        assertEquals(List.of(new LayerShape(5, 4, 0, ActivationFunction.RELU, 0.7f),
                new LayerShape(2, 6, 20, ActivationFunction.SIGMOID, 0.5f)), layers);
        assertEquals(net.topology().totalConnections(), layers.get(0).weights() + layers.get(1).weights());
    }

    @Test
    void shortcutSparseAndGaussianNetworksAreRefusedSayingWhy() {
        assertRefused(Network.builder().layers(2, 3, 1).shortcut().hiddenActivation(ActivationFunction.SIGMOID)
                .outputActivation(ActivationFunction.SIGMOID).build().topology(), "SHORTCUT");
        assertRefused(Network.builder().layers(2, 8, 1).connectionRate(0.5f).hiddenActivation(ActivationFunction.SIGMOID)
                .outputActivation(ActivationFunction.SIGMOID).build().topology(), "sparse");
        assertRefused(Network.builder().layers(2, 3, 1).hiddenActivation(ActivationFunction.GAUSSIAN).build()
                .topology(), "GAUSSIAN");
    }

    @Test
    void neuronsOfOneLayerMustShareActivationAndSteepness() {
        Topology t = Network.builder().layers(2, 2, 1).hiddenActivation(ActivationFunction.SIGMOID)
                .outputActivation(ActivationFunction.SIGMOID).build().topology();
        ActivationFunction[] activation = new ActivationFunction[t.totalNeurons()];
        float[] steepness = new float[t.totalNeurons()];
        int[] counts = new int[t.totalNeurons()];
        int[] sources = new int[t.totalConnections()];
        for (int n = 0; n < t.totalNeurons(); n++) {
            activation[n] = t.activation(n);
            steepness[n] = t.steepness(n);
            counts[n] = t.connectionCount(n);
            for (int c = 0; c < counts[n]; c++) {
                sources[t.connectionStart(n) + c] = t.source(t.connectionStart(n) + c);
            }
        }
        activation[t.layerStart(1) + 1] = ActivationFunction.TANH;
        Topology mixed = Topology.of(NetworkType.LAYER, 1, new int[] {3, 3, 2}, activation, steepness, counts, sources);

        assertRefused(mixed, "differ in activation function or steepness");
    }

    @Test
    void everySupportedActivationHasACodeInTheBuildOptions() {
        String options = DeviceActivation.buildOptions();
        for (ActivationFunction f : DeviceActivation.supported()) {
            assertTrue(options.contains("-DACT_" + f.name() + "=" + DeviceActivation.code(f)), options);
        }
        assertThrows(IllegalArgumentException.class, () -> DeviceActivation.code(ActivationFunction.GAUSSIAN));
    }

    private static void assertRefused(Topology t, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerShape.of(t));
        assertTrue(e.getMessage().startsWith("the device cannot train this network: "), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
