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
 *
 * <p>The single-row {@code run} methods take a faster route than libfann's: fully connected layers
 * sum through a transposed copy of their weights (made on the first single-row run) in vectorizable
 * loops, and skip source neurons whose value is 0 (see {@code RowForward}). Only the order of the
 * additions differs from libfann's {@code fann_run}, so outputs can differ from it in the last bits
 * of the float sums (well within the 1e-5 that the FANN interop tests ask). {@link ForwardPass} is
 * the exact engine, summing in libfann's order; training uses it. The batched
 * {@link #run(float[], int, float[])} sums in yet another order (matrix products).
 */
public final class Network {

    private final Topology topology;
    private final float[] weights;
    private final ThreadLocal<NeuronState> states;
    /**
     * The single-row engine, made on first use (networks made during training may never run a row).
     * Racy but safe: {@link RowForward} is immutable with final fields, so a thread sees it whole or
     * null, and at worst two threads each make one.
     */
    private RowForward rowForward;
    /** The batched engine, made on first use; racy but safe as {@link #rowForward}. */
    private BatchForward batchForward;

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
     * in {@code state} (which must not be used by another thread at the same time). The sums are
     * steepened and clamped as libfann stores them, summed in this class's order (see above).
     *
     * @throws IllegalArgumentException if an array has the wrong length, the state does not fit this
     *     network, or an input is not finite
     */
    public void run(float[] input, float[] output, NeuronState state) {
        checkLength("input", input.length, topology.numInputs());
        checkLength("output", output.length, topology.numOutputs());
        if (state.size() != topology.totalNeurons()) {
            throw new IllegalArgumentException("the neuron state holds " + state.size() + " neurons; the network has "
                    + topology.totalNeurons());
        }
        checkFinite(input, 0, input.length);
        RowForward engine = rowForward;
        if (engine == null) {
            engine = new RowForward(topology, weights);
            rowForward = engine;
        }
        engine.run(input, 0, state);
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
     * {@link #run(float[], float[])} in the last bits, but never with the number of threads. Rows
     * of more than one chunk (144 rows) are shared out over the kernel threads
     * ({@link dev.zenneural.core.kernel.Sgemm#threads()}), whole chunks each, and a single chunk's
     * products are split over them where large enough. Warm calls allocate nothing on one kernel
     * thread ({@code -Dzen.threads=1}); a call shared out over several allocates a few hundred
     * bytes for the hand-off.
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
        BatchForward engine = batchForward;
        if (engine == null) {
            engine = new BatchForward(topology, weights);
            batchForward = engine;
        }
        engine.run(inputs, count, outputs);
    }

    private static void checkLength(String what, int actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has length " + actual + "; expected " + expected);
        }
    }

    private void checkFinite(float[] values, int from, int to) {
        if (allFinite(values, from, to)) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (!Float.isFinite(values[i])) {
                int n = topology.numInputs();
                throw new IllegalArgumentException("input " + (i % n) + " of row " + (i / n) + " is " + values[i]
                        + "; inputs must be finite numbers");
            }
        }
    }

    /**
     * Whether every value is finite: {@code x * 0} is zero for a finite x and NaN otherwise, and
     * eight sums of those keep the loop free of branches and of one long chain of additions. A
     * batch's inputs are read once more than the work itself reads them; this loop ran at 0.56-0.85
     * of the time of a test per value with an exit on the first non-finite one (2000 x 784 inputs).
     */
    private static boolean allFinite(float[] v, int from, int to) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = from;
        for (; i <= to - 8; i += 8) {
            s0 = Math.fma(v[i], 0f, s0);
            s1 = Math.fma(v[i + 1], 0f, s1);
            s2 = Math.fma(v[i + 2], 0f, s2);
            s3 = Math.fma(v[i + 3], 0f, s3);
            s4 = Math.fma(v[i + 4], 0f, s4);
            s5 = Math.fma(v[i + 5], 0f, s5);
            s6 = Math.fma(v[i + 6], 0f, s6);
            s7 = Math.fma(v[i + 7], 0f, s7);
        }
        for (; i < to; i++) {
            s0 = Math.fma(v[i], 0f, s0);
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 == 0f;
    }

    @Override
    public String toString() {
        return "Network[" + topology + "]";
    }
}
