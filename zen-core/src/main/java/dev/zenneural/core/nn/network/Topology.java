package dev.zenneural.core.nn.network;

import dev.zenneural.core.nn.activation.ActivationFunction;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable structure of a FANN network: layers of neurons, each neuron's activation function
 * and steepness, and each neuron's incoming connections, stored explicitly in FANN's order.
 *
 * <p>Neurons are numbered as in FANN and its {@code .net} files: layer by layer, bias neurons
 * included (the last neuron of each layer that has one; see {@link NetworkType}). Connections are
 * numbered neuron by neuron; connection {@code c} feeds neuron {@code n} when
 * {@code connectionStart(n) <= c < connectionStart(n + 1)}, and weight {@code c} of a
 * {@link Network} belongs to it. A neuron of a non-input layer without connections is a bias
 * neuron: its value is 1, as in {@code fann_run}.
 */
public final class Topology {

    private final NetworkType type;
    private final float connectionRate;
    private final int[] layerStart;
    private final ActivationFunction[] activation;
    private final float[] steepness;
    private final int[] connectionStart;
    private final int[] sources;
    private final DenseLayer[] dense;

    private Topology(NetworkType type, float connectionRate, int[] layerStart, ActivationFunction[] activation,
            float[] steepness, int[] connectionStart, int[] sources) {
        this.type = type;
        this.connectionRate = connectionRate;
        this.layerStart = layerStart;
        this.activation = activation;
        this.steepness = steepness;
        this.connectionStart = connectionStart;
        this.sources = sources;
        this.dense = new DenseLayer[layerStart.length - 1];
        for (int layer = 1; layer < dense.length; layer++) {
            dense[layer] = DenseLayer.detect(this, layer);
        }
    }

    /**
     * A topology from FANN's per-neuron description, validated.
     *
     * @param type how the network is wired
     * @param connectionRate FANN's connection rate, in (0, 1]; kept for files, the connections themselves
     *     are given explicitly
     * @param layerSizes neurons per layer as FANN counts them, bias neurons included
     * @param activation per neuron
     * @param steepness per neuron; finite
     * @param connectionCounts per neuron; 0 for input neurons and bias neurons
     * @param sources the source neuron of each connection, neuron by neuron; each in an earlier layer
     * @throws IllegalArgumentException naming the first inconsistency
     */
    public static Topology of(NetworkType type, float connectionRate, int[] layerSizes,
            ActivationFunction[] activation, float[] steepness, int[] connectionCounts, int[] sources) {
        Objects.requireNonNull(type, "type");
        if (!(connectionRate > 0 && connectionRate <= 1)) {
            throw new IllegalArgumentException("connection rate must be in (0, 1], got " + connectionRate);
        }
        if (layerSizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least 2 layers (input and output), got "
                    + layerSizes.length);
        }
        int[] layerStart = new int[layerSizes.length + 1];
        long total = 0;
        for (int l = 0; l < layerSizes.length; l++) {
            int min = minLayerSize(type, l);
            if (layerSizes[l] < min) {
                throw new IllegalArgumentException("layer " + l + " has " + layerSizes[l] + " neurons counting bias"
                        + " neurons; it needs at least " + min);
            }
            layerStart[l] = (int) total;
            total += layerSizes[l];
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many neurons: " + total + " is more than an array holds");
            }
        }
        int n = (int) total;
        layerStart[layerSizes.length] = n;
        checkLength("activation", activation.length, n);
        checkLength("steepness", steepness.length, n);
        checkLength("connectionCounts", connectionCounts.length, n);
        int[] connectionStart = new int[n + 1];
        long connections = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            Objects.requireNonNull(activation[neuron], "activation of neuron " + neuron);
            if (!Float.isFinite(steepness[neuron])) {
                throw new IllegalArgumentException("steepness of neuron " + neuron + " must be finite, got "
                        + steepness[neuron]);
            }
            if (connectionCounts[neuron] < 0 || (neuron < layerSizes[0] && connectionCounts[neuron] != 0)) {
                throw new IllegalArgumentException("neuron " + neuron + " cannot have " + connectionCounts[neuron]
                        + " connections" + (neuron < layerSizes[0] ? ": it is in the input layer" : ""));
            }
            connectionStart[neuron] = (int) connections;
            connections += connectionCounts[neuron];
            if (connections > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("too many connections: more than an array holds");
            }
        }
        connectionStart[n] = (int) connections;
        checkLength("sources", sources.length, (int) connections);
        int layer = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            while (neuron >= layerStart[layer + 1]) {
                layer++;
            }
            for (int c = connectionStart[neuron]; c < connectionStart[neuron + 1]; c++) {
                if (sources[c] < 0 || sources[c] >= layerStart[layer]) {
                    throw new IllegalArgumentException("connection " + c + " of neuron " + neuron + " (layer " + layer
                            + ") comes from neuron " + sources[c] + "; it must come from an earlier layer, neurons 0 to "
                            + (layerStart[layer] - 1));
                }
            }
        }
        return new Topology(type, connectionRate, layerStart, activation.clone(), steepness.clone(),
                connectionStart, sources.clone());
    }

    private static int minLayerSize(NetworkType type, int layer) {
        boolean hasBias = layer == 0 || type == NetworkType.LAYER;
        return hasBias ? 2 : 1;
    }

    private static void checkLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has " + actual + " entries; expected " + expected);
        }
    }

    public NetworkType type() {
        return type;
    }

    /** FANN's connection rate as given when the network was made: 1 for fully connected networks. */
    public float connectionRate() {
        return connectionRate;
    }

    public int numLayers() {
        return layerStart.length - 1;
    }

    /** Neurons in {@code layer}, bias neurons included, as FANN's {@code layer_sizes} counts them. */
    public int layerSize(int layer) {
        return layerStart[layer + 1] - layerStart[layer];
    }

    /** Index of the first neuron of {@code layer}. */
    public int layerStart(int layer) {
        return layerStart[layer];
    }

    public int totalNeurons() {
        return layerStart[layerStart.length - 1];
    }

    public int numInputs() {
        return layerStart[1] - 1;
    }

    /** Outputs: the last layer without FANN's unused bias neuron in layered networks. */
    public int numOutputs() {
        return layerSize(numLayers() - 1) - (type == NetworkType.LAYER ? 1 : 0);
    }

    /** Index of the neuron whose value is output 0. */
    public int firstOutput() {
        return layerStart[numLayers() - 1];
    }

    public int totalConnections() {
        return connectionStart[connectionStart.length - 1];
    }

    public ActivationFunction activation(int neuron) {
        return activation[neuron];
    }

    public float steepness(int neuron) {
        return steepness[neuron];
    }

    /** Index of the first connection into {@code neuron}. */
    public int connectionStart(int neuron) {
        return connectionStart[neuron];
    }

    public int connectionCount(int neuron) {
        return connectionStart[neuron + 1] - connectionStart[neuron];
    }

    /** The neuron that connection {@code connection} comes from. */
    public int source(int connection) {
        return sources[connection];
    }

    /** The layer {@code neuron} belongs to. */
    public int layerOf(int neuron) {
        Objects.checkIndex(neuron, totalNeurons());
        int pos = Arrays.binarySearch(layerStart, neuron);
        if (pos >= 0) {
            while (pos + 1 < layerStart.length && layerStart[pos + 1] == neuron) {
                pos++;
            }
            return pos;
        }
        return -pos - 2;
    }

    /**
     * Whether {@code layer} is fully connected in one block (every neuron with connections reads the
     * same consecutive source neurons, weights contiguous), so it can run as one matrix product.
     */
    public boolean isDense(int layer) {
        return layer > 0 && dense[layer] != null;
    }

    /**
     * The matrix-product description of {@code layer} (at least 1), or empty if the layer is not
     * {@linkplain #isDense dense}.
     */
    public Optional<DenseLayer> denseLayer(int layer) {
        Objects.checkIndex(layer - 1, numLayers() - 1);
        return Optional.ofNullable(dense[layer]);
    }

    /**
     * The activation function that every neuron of dense {@code layer} (at least 1) has, with one
     * steepness between them, so that engines can steepen and activate the layer in bulk; empty
     * where the neurons differ or the layer is not {@linkplain #isDense dense}.
     */
    public Optional<ActivationFunction> sharedActivation(int layer) {
        DenseLayer d = denseLayer(layer).orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        int first = layerStart[layer];
        ActivationFunction f = activation[first];
        int bits = Float.floatToIntBits(steepness[first]);
        for (int n = first + 1; n < first + d.count(); n++) {
            if (activation[n] != f || Float.floatToIntBits(steepness[n]) != bits) {
                return Optional.empty();
            }
        }
        return Optional.of(f);
    }

    DenseLayer dense(int layer) {
        return dense[layer];
    }

    int[] sourcesArray() {
        return sources;
    }

    int[] connectionStartArray() {
        return connectionStart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topology t && type == t.type
                && Float.floatToIntBits(connectionRate) == Float.floatToIntBits(t.connectionRate)
                && Arrays.equals(layerStart, t.layerStart) && Arrays.equals(activation, t.activation)
                && Arrays.equals(steepness, t.steepness) && Arrays.equals(connectionStart, t.connectionStart)
                && Arrays.equals(sources, t.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(layerStart), Arrays.hashCode(sources));
    }

    @Override
    public String toString() {
        int[] sizes = new int[numLayers()];
        Arrays.setAll(sizes, this::layerSize);
        return "Topology[" + type + ", layer sizes incl. bias " + Arrays.toString(sizes) + ", "
                + totalConnections() + " connections, rate " + connectionRate + "]";
    }
}
