package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.DenseLayer;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.network.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * One layer of a FANN standard network as the device trains it: {@code count} neurons, each reading
 * all {@code k} neurons of the layer below (its bias neuron last), with one activation function and
 * steepness for the whole layer.
 *
 * @param count the layer's neurons, its bias neuron not counted
 * @param k the sources of each neuron, the bias neuron of the layer below included
 * @param weightStart the layer's first weight in the network's weights; {@code count * k} follow
 * @param activation the activation function of every neuron of the layer
 * @param steepness the steepness of every neuron of the layer
 */
record LayerShape(int count, int k, int weightStart, ActivationFunction activation, float steepness) {

    /** The layer's weights, bias weights included. */
    int weights() {
        return count * k;
    }

    /**
     * The layers of {@code t} above the input layer.
     *
     * @throws IllegalArgumentException if {@code t} is not a fully connected standard network with one
     *     device-supported activation function and steepness per layer, saying what is not
     */
    static List<LayerShape> of(Topology t) {
        if (t.type() != NetworkType.LAYER) {
            throw unsupported("it is a " + t.type() + " network; only standard (fully connected layered) networks are");
        }
        List<LayerShape> layers = new ArrayList<>();
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = t.denseLayer(layer).orElseThrow(() -> new IllegalArgumentException(
                    "the device cannot train this network: it is sparse; only fully connected layers are supported"));
            int first = t.layerStart(layer);
            if (d.sourceStart() != t.layerStart(layer - 1) || d.k() != t.layerSize(layer - 1)
                    || d.count() != t.layerSize(layer) - 1) {
                throw unsupported("layer " + layer + " does not read exactly every neuron of layer " + (layer - 1));
            }
            ActivationFunction f = t.activation(first);
            float steepness = t.steepness(first);
            for (int n = first + 1; n < first + d.count(); n++) {
                if (t.activation(n) != f || Float.compare(t.steepness(n), steepness) != 0) {
                    throw unsupported("the neurons of layer " + layer + " differ in activation function or steepness"
                            + " (neuron " + n + ": " + t.activation(n) + " " + t.steepness(n) + ", neuron " + first
                            + ": " + f + " " + steepness + ")");
                }
            }
            if (!DeviceActivation.supports(f)) {
                throw unsupported("layer " + layer + " uses " + f + "; the device computes "
                        + DeviceActivation.names());
            }
            layers.add(new LayerShape(d.count(), d.k(), d.weightStart(), f, steepness));
        }
        return layers;
    }

    private static IllegalArgumentException unsupported(String why) {
        return new IllegalArgumentException("the device cannot train this network: " + why);
    }
}
