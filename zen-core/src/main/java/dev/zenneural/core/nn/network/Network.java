package dev.zenneural.core.nn.network;

import java.util.Objects;

/**
 * A FANN-semantics multilayer network: an immutable {@link Topology} and its weights (one per
 * connection, in the topology's connection order). Immutable: the weights are copied in and out.
 *
 * <p>Inference is thread-safe and, once a thread has run a network of this size, allocates nothing:
 * {@link #run(float[], float[])} keeps its scratch per thread (and per network), and
 * {@link #run(float[], float[], NeuronState)} uses the caller's. Inputs must be finite: a NaN or
 * infinite input is refused with an {@link IllegalArgumentException} rather than spreading NaN
 * through the outputs (libfann would compute with it).
 */
public final class Network {

    private final Topology topology;
    private final float[] weights;
    private final ThreadLocal<NeuronState> states;

    private Network(Topology topology, float[] weights) {
        this.topology = topology;
        this.weights = weights;
        this.states = ThreadLocal.withInitial(() -> new NeuronState(topology.totalNeurons()));
    }

    /**
     * A network with the given structure and a copy of {@code weights}.
     *
     * @throws IllegalArgumentException if there is not one weight per connection
     */
    public static Network of(Topology topology, float[] weights) {
        Objects.requireNonNull(topology, "topology");
        if (weights.length != topology.totalConnections()) {
            throw new IllegalArgumentException("expected " + topology.totalConnections() + " weights (one per"
                    + " connection), got " + weights.length);
        }
        return new Network(topology, weights.clone());
    }

    /** A builder for a new network (FANN's {@code fann_create_standard}, sparse and shortcut). */
    public static NetworkBuilder builder() {
        return new NetworkBuilder();
    }

    public Topology topology() {
        return topology;
    }

    public int numInputs() {
        return topology.numInputs();
    }

    public int numOutputs() {
        return topology.numOutputs();
    }

    /**
     * Checks that data of {@code inputs} inputs and {@code outputs} outputs per pair fit this network.
     *
     * @throws IllegalArgumentException naming {@code what} and both shapes if they do not
     */
    public void checkFits(String what, int inputs, int outputs) {
        if (inputs != numInputs() || outputs != numOutputs()) {
            throw new IllegalArgumentException(what + " has " + inputs + " inputs and " + outputs
                    + " outputs per pair, but the network has " + numInputs() + " inputs and " + numOutputs()
                    + " outputs");
        }
    }

    /** A copy of the weights, in connection order. */
    public float[] weights() {
        return weights.clone();
    }

    /** The weight of connection {@code connection}. */
    public float weight(int connection) {
        return weights[connection];
    }

    /** This network's structure with other weights. */
    public Network withWeights(float[] newWeights) {
        return of(topology, newWeights);
    }

    /** A scratch state sized for this network, for {@link #run(float[], float[], NeuronState)}. */
    public NeuronState newState() {
        return new NeuronState(topology.totalNeurons());
    }

    /**
     * Computes the outputs for one input row, with a per-thread scratch.
     *
     * @throws IllegalArgumentException if an array has the wrong length or an input is not finite
     */
    public void run(float[] input, float[] output) {
        run(input, output, states.get());
    }

    /**
     * Computes the outputs for one input row into {@code output}, leaving every neuron's value and sum
     * in {@code state} (which must not be used by another thread at the same time).
     *
     * @throws IllegalArgumentException if an array has the wrong length or an input is not finite
     */
    public void run(float[] input, float[] output, NeuronState state) {
        checkLength("input", input.length, topology.numInputs());
        checkLength("output", output.length, topology.numOutputs());
        checkFinite(input, 0, input.length);
        ForwardPass.run(topology, weights, input, 0, state);
        System.arraycopy(state.values(), topology.firstOutput(), output, 0, output.length);
    }

    /** The outputs for one input row, in a new array. */
    public float[] run(float[] input) {
        float[] output = new float[topology.numOutputs()];
        run(input, output);
        return output;
    }

    /**
     * Computes the outputs of {@code count} rows: {@code inputs} holds them row after row
     * ({@code count * numInputs()} values), {@code outputs} receives {@code count * numOutputs()}.
     * Fully connected layers run as matrix products, so results may differ from the single-row
     * {@link #run(float[], float[])} in the last bits.
     *
     * @throws IllegalArgumentException if an array has the wrong length or an input is not finite
     */
    public void run(float[] inputs, int count, float[] outputs) {
        if (count < 0) {
            throw new IllegalArgumentException("row count must be >= 0, got " + count);
        }
        checkLength("inputs", inputs.length, (long) count * topology.numInputs());
        checkLength("outputs", outputs.length, (long) count * topology.numOutputs());
        checkFinite(inputs, 0, inputs.length);
        BatchForward.run(topology, weights, inputs, count, outputs);
    }

    private static void checkLength(String what, int actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has length " + actual + "; expected " + expected);
        }
    }

    private void checkFinite(float[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(values[i])) {
                int n = topology.numInputs();
                throw new IllegalArgumentException("input " + (i % n) + " of row " + (i / n) + " is " + values[i]
                        + "; inputs must be finite numbers");
            }
        }
    }

    @Override
    public String toString() {
        return "Network[" + topology + "]";
    }
}
