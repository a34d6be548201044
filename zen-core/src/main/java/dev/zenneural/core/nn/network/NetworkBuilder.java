package dev.zenneural.core.nn.network;

import dev.zenneural.core.nn.activation.ActivationFunction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Builds a new network as libfann's {@code fann_create_standard}, {@code fann_create_sparse} and
 * {@code fann_create_shortcut} do, followed by the usual {@code fann_set_activation_*} calls and a
 * weight initialisation. Layer sizes are given without bias neurons, as to libfann.
 *
 * <p>Defaults are libfann's: {@link ActivationFunction#SIGMOID_STEPWISE} with steepness 0.5
 * everywhere, fully connected, weights uniform in [-0.1, 0.1]. The seed (default 0) makes the weights
 * and a sparse layout reproducible. Settings are checked in {@link #build()}.
 */
public final class NetworkBuilder {

    private int[] sizes = new int[0];
    private NetworkType type = NetworkType.LAYER;
    private float connectionRate = 1;
    private ActivationFunction hiddenActivation = ActivationFunction.SIGMOID_STEPWISE;
    private ActivationFunction outputActivation = ActivationFunction.SIGMOID_STEPWISE;
    private float hiddenSteepness = 0.5f;
    private float outputSteepness = 0.5f;
    private final Map<Integer, ActivationFunction> layerActivation = new HashMap<>();
    private final Map<Integer, Float> layerSteepness = new HashMap<>();
    private long seed;
    private boolean widrowNguyen;
    private float min = WeightInit.DEFAULT_MIN;
    private float max = WeightInit.DEFAULT_MAX;

    NetworkBuilder() {
    }

    /** Neurons per layer, input layer first, bias neurons not counted. */
    public NetworkBuilder layers(int... layerSizes) {
        this.sizes = layerSizes.clone();
        return this;
    }

    /** Connect each neuron to all neurons of all earlier layers ({@code fann_create_shortcut}). */
    public NetworkBuilder shortcut() {
        this.type = NetworkType.SHORTCUT;
        return this;
    }

    /** The fraction of possible connections to make, in (0, 1] ({@code fann_create_sparse}); 1 by default. */
    public NetworkBuilder connectionRate(float rate) {
        this.connectionRate = rate;
        return this;
    }

    public NetworkBuilder hiddenActivation(ActivationFunction f) {
        this.hiddenActivation = Objects.requireNonNull(f, "activation");
        return this;
    }

    public NetworkBuilder outputActivation(ActivationFunction f) {
        this.outputActivation = Objects.requireNonNull(f, "activation");
        return this;
    }

    public NetworkBuilder hiddenSteepness(float steepness) {
        this.hiddenSteepness = steepness;
        return this;
    }

    public NetworkBuilder outputSteepness(float steepness) {
        this.outputSteepness = steepness;
        return this;
    }

    /** The activation of layer {@code layer} (1 is the first hidden layer), overriding hidden/output. */
    public NetworkBuilder activation(int layer, ActivationFunction f) {
        layerActivation.put(layer, Objects.requireNonNull(f, "activation"));
        return this;
    }

    /** The steepness of layer {@code layer} (1 is the first hidden layer), overriding hidden/output. */
    public NetworkBuilder steepness(int layer, float steepness) {
        layerSteepness.put(layer, steepness);
        return this;
    }

    /** The seed for the weights and for a sparse layout. */
    public NetworkBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Weights uniform in {@code [min, max]} ({@code fann_randomize_weights}). */
    public NetworkBuilder randomWeights(float min, float max) {
        this.widrowNguyen = false;
        this.min = min;
        this.max = max;
        return this;
    }

    /** Widrow–Nguyen weights for inputs in {@code [inputMin, inputMax]} ({@code fann_init_weights}). */
    public NetworkBuilder widrowNguyen(float inputMin, float inputMax) {
        this.widrowNguyen = true;
        this.min = inputMin;
        this.max = inputMax;
        return this;
    }

    /**
     * The network.
     *
     * @throws IllegalArgumentException naming the first setting that is not valid
     */
    public Network build() {
        Topology topology = topology();
        float[] weights = widrowNguyen
                ? WeightInit.widrowNguyen(topology, min, max, seed)
                : WeightInit.uniform(topology, min, max, seed);
        return Network.of(topology, weights);
    }

    /** The structure {@link #build()} would give, without weights. */
    public Topology topology() {
        validate();
        int[] fannSizes = ConnectionLayout.fannLayerSizes(type, sizes);
        int[] counts = ConnectionLayout.counts(type, connectionRate, fannSizes);
        // the layout gets its own stream so that the weights for a seed do not depend on the layout
        int[] sources = ConnectionLayout.sources(type, connectionRate, fannSizes, counts,
                new SplittableRandom(seed).split());
        ActivationFunction[] activation = new ActivationFunction[counts.length];
        float[] steepness = new float[counts.length];
        int start = fannSizes[0];
        Arrays.fill(activation, 0, start, ActivationFunction.LINEAR);
        for (int l = 1; l < sizes.length; l++) {
            Arrays.fill(activation, start, start + fannSizes[l], activationOf(l));
            Arrays.fill(steepness, start, start + fannSizes[l], steepnessOf(l));
            start += fannSizes[l];
        }
        return Topology.of(type, connectionRate, fannSizes, activation, steepness, counts, sources);
    }

    private ActivationFunction activationOf(int layer) {
        return layerActivation.getOrDefault(layer, layer == sizes.length - 1 ? outputActivation : hiddenActivation);
    }

    private float steepnessOf(int layer) {
        return layerSteepness.getOrDefault(layer, layer == sizes.length - 1 ? outputSteepness : hiddenSteepness);
    }

    private void validate() {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least 2 layers (input and output), got "
                    + sizes.length);
        }
        long neurons = 0;
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("layer " + l + " has size " + sizes[l]
                        + "; every layer needs at least 1 neuron");
            }
            neurons += sizes[l] + 1L;
        }
        if (!(connectionRate > 0 && connectionRate <= 1)) {
            throw new IllegalArgumentException("connection rate must be in (0, 1], got " + connectionRate);
        }
        if (type == NetworkType.SHORTCUT && connectionRate < 1) {
            throw new IllegalArgumentException("shortcut networks are always fully connected; connection rate "
                    + connectionRate + " is not supported with them");
        }
        for (int layer : layerActivation.keySet()) {
            checkLayer(layer, "activation");
        }
        for (Map.Entry<Integer, Float> e : layerSteepness.entrySet()) {
            checkLayer(e.getKey(), "steepness");
            checkSteepness(e.getValue(), "layer " + e.getKey());
        }
        checkSteepness(hiddenSteepness, "hidden layers");
        checkSteepness(outputSteepness, "output layer");
        long connections = countConnections();
        if (neurons > Integer.MAX_VALUE - 8 || connections > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: " + neurons + " neurons and " + connections
                    + " connections; at most " + (Integer.MAX_VALUE - 8) + " of each fit in an array");
        }
    }

    private long countConnections() {
        long total = 0;
        long earlier = sizes[0] + 1L;
        for (int l = 1; l < sizes.length; l++) {
            long prev = sizes[l - 1] + 1L;
            total += sizes[l] * (type == NetworkType.SHORTCUT ? earlier : prev);
            earlier += sizes[l];
        }
        return total;
    }

    private void checkLayer(int layer, String what) {
        if (layer < 1 || layer >= sizes.length) {
            throw new IllegalArgumentException(what + " set for layer " + layer + ", but only layers 1 to "
                    + (sizes.length - 1) + " have neurons with inputs");
        }
    }

    private static void checkSteepness(float steepness, String where) {
        if (!(Float.isFinite(steepness) && steepness > 0)) {
            throw new IllegalArgumentException("steepness of " + where + " must be finite and > 0, got " + steepness);
        }
    }
}
