package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.ForwardPass;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.network.NeuronState;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.train.Pairs;

/**
 * A fully connected shortcut network that cascade training grows: every neuron reads all neurons of
 * all earlier layers, in order, as {@code fann_create_shortcut} makes them. The neurons before the
 * output layer (the "sources") are frozen; only the output connections and the new neurons change.
 * Immutable; every change gives a new instance.
 */
final class GrowingNetwork {

    private final Network network;

    private GrowingNetwork(Network network) {
        this.network = network;
    }

    /**
     * Wraps {@code start}.
     *
     * @throws IllegalArgumentException if it is not a fully connected shortcut network or its outputs
     *     cannot be trained
     */
    static GrowingNetwork of(Network start) {
        Topology t = start.topology();
        if (t.type() != NetworkType.SHORTCUT) {
            throw new IllegalArgumentException("cascade training grows shortcut networks (as fann_create_shortcut"
                    + " makes them); got a " + t.type() + " network");
        }
        for (int n = t.layerStart(1); n < t.totalNeurons(); n++) {
            int first = t.layerStart(t.layerOf(n));
            boolean full = t.connectionCount(n) == first;
            for (int c = 0; full && c < first; c++) {
                full = t.source(t.connectionStart(n) + c) == c;
            }
            if (!full) {
                throw new IllegalArgumentException("neuron " + n + " does not read every neuron of the layers before"
                        + " it in order; cascade training needs a fully connected shortcut network");
            }
        }
        for (int n = t.firstOutput(); n < t.totalNeurons(); n++) {
            if (!t.activation(n).trainable()) {
                throw new IllegalArgumentException("output neuron " + n + " uses " + t.activation(n)
                        + ", which has no derivative and cannot be trained");
            }
        }
        return new GrowingNetwork(start);
    }

    Network network() {
        return network;
    }

    /** The neurons before the output layer, bias included: what outputs and candidates read. */
    int numSources() {
        return network.topology().firstOutput();
    }

    /** The value of every source neuron for every pair, pair after pair ({@code numPairs * numSources}). */
    float[] sourceValues(Pairs pairs) {
        Topology t = network.topology();
        float[] weights = network.weights();
        NeuronState state = new NeuronState(t.totalNeurons());
        int s = numSources();
        float[] values = new float[pairs.numPairs() * s];
        for (int p = 0; p < pairs.numPairs(); p++) {
            ForwardPass.run(t, weights, pairs.inputs(), p * t.numInputs(), state);
            System.arraycopy(state.values(), 0, values, p * s, s);
        }
        return values;
    }

    /** The output connections' weights, output after output ({@code numOutputs * numSources}). */
    float[] outputWeights() {
        float[] all = network.weights();
        int from = network.topology().connectionStart(numSources());
        float[] out = new float[all.length - from];
        System.arraycopy(all, from, out, 0, out.length);
        return out;
    }

    GrowingNetwork withOutputWeights(float[] outputWeights) {
        float[] all = network.weights();
        System.arraycopy(outputWeights, 0, all, network.topology().connectionStart(numSources()), outputWeights.length);
        return new GrowingNetwork(network.withWeights(all));
    }

    /**
     * This network with a new hidden layer of one neuron just before the outputs, as
     * {@code fann_install_candidate}: it reads every source neuron with {@code inputWeights}, and each
     * output gets one more connection, from it, weighted {@code outputWeights[o]}.
     */
    GrowingNetwork install(ActivationFunction activation, float steepness, float[] inputWeights,
            float[] outputWeights) {
        Topology t = network.topology();
        int s = numSources();
        int numOutputs = t.numOutputs();
        int layers = t.numLayers();
        int[] sizes = new int[layers + 1];
        for (int l = 0; l < layers - 1; l++) {
            sizes[l] = t.layerSize(l);
        }
        sizes[layers - 1] = 1;
        sizes[layers] = numOutputs;
        int neurons = t.totalNeurons() + 1;
        ActivationFunction[] activations = new ActivationFunction[neurons];
        float[] steepnesses = new float[neurons];
        int[] counts = new int[neurons];
        for (int n = 0; n < neurons; n++) {
            int old = n < s ? n : n - 1;
            activations[n] = n == s ? activation : t.activation(old);
            steepnesses[n] = n == s ? steepness : t.steepness(old);
            counts[n] = n < s ? t.connectionCount(n) : n == s ? s : s + 1;
        }
        int hiddenConnections = t.connectionStart(s);
        int total = hiddenConnections + s + numOutputs * (s + 1);
        int[] sources = new int[total];
        float[] weights = new float[total];
        float[] oldWeights = network.weights();
        for (int c = 0; c < hiddenConnections; c++) {
            sources[c] = t.source(c);
        }
        System.arraycopy(oldWeights, 0, weights, 0, hiddenConnections);
        int c = hiddenConnections;
        for (int i = 0; i < s; i++, c++) {
            sources[c] = i;
            weights[c] = inputWeights[i];
        }
        for (int o = 0; o < numOutputs; o++) {
            System.arraycopy(oldWeights, t.connectionStart(s + o), weights, c, s);
            for (int i = 0; i <= s; i++) {
                sources[c + i] = i;
            }
            weights[c + s] = outputWeights[o];
            c += s + 1;
        }
        Topology grown = Topology.of(NetworkType.SHORTCUT, 1f, sizes, activations, steepnesses, counts, sources);
        return new GrowingNetwork(Network.of(grown, weights));
    }
}
