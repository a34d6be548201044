package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.DenseLayer;
import dev.zenneural.core.nn.network.ForwardPass;
import dev.zenneural.core.nn.network.NeuronState;
import dev.zenneural.core.nn.network.Topology;

/**
 * One training pair through a network and back, with libfann's numerics ({@code fann_run},
 * {@code fann_compute_MSE}, {@code fann_backpropagate_MSE}): after {@link #compute}, every neuron's
 * error is the activation derivative times the error arriving from above, summed in libfann's order
 * so that float results match it. Errors have the sign of the descent direction (target minus
 * output), so a positive slope means "increase the weight".
 *
 * <p>Works for any {@link Topology} (layered, shortcut, sparse): connections are followed to their
 * source neurons explicitly. Holds the per-pair scratch, so a pair allocates nothing. Mutable, one
 * per training thread.
 */
public final class Backprop {

    private final Topology topology;
    private final ErrorFunction errorFunction;
    private final ErrorAccumulator accumulator;
    private final NeuronState state;
    private final float[] errors;
    /** Per layer, its dense description or null: dense layers read their sources without lookups. */
    private final DenseLayer[] denseLayers;

    /** Scratch for {@code topology}, accounting the MSE into {@code accumulator}. */
    public Backprop(Topology topology, ErrorFunction errorFunction, ErrorAccumulator accumulator) {
        this.topology = topology;
        this.errorFunction = errorFunction;
        this.accumulator = accumulator;
        this.state = new NeuronState(topology.totalNeurons());
        this.errors = new float[topology.totalNeurons()];
        this.denseLayers = new DenseLayer[topology.numLayers()];
        for (int layer = 1; layer < topology.numLayers(); layer++) {
            denseLayers[layer] = topology.denseLayer(layer).orElse(null);
        }
    }

    public Topology topology() {
        return topology;
    }

    public ErrorAccumulator accumulator() {
        return accumulator;
    }

    ErrorFunction errorFunction() {
        return errorFunction;
    }

    /**
     * Runs pair {@code pair} forward with {@code weights}, accounts its error and backpropagates it:
     * afterwards {@link #addSlopes} and {@link #stepIncremental} can use the neuron errors.
     */
    public void compute(float[] weights, float[] inputs, float[] targets, int pair) {
        int numOutputs = topology.numOutputs();
        ForwardPass.run(topology, weights, inputs, pair * topology.numInputs(), state);
        java.util.Arrays.fill(errors, 0f);
        float[] values = state.values();
        float[] sums = state.sums();
        int first = topology.firstOutput();
        int targetOffset = pair * numOutputs;
        for (int o = 0; o < numOutputs; o++) {
            int n = first + o;
            ActivationFunction f = topology.activation(n);
            float diff = accumulator.add(f, targets[targetOffset + o], values[n]);
            errors[n] = f.derivative(topology.steepness(n), values[n], sums[n]) * errorFunction.apply(diff);
        }
        backpropagate(weights);
    }

    /** Runs pair {@code pair} forward and accounts its error only, as libfann's {@code fann_test}. */
    public void test(float[] weights, float[] inputs, float[] targets, int pair) {
        int numOutputs = topology.numOutputs();
        ForwardPass.run(topology, weights, inputs, pair * topology.numInputs(), state);
        float[] values = state.values();
        int first = topology.firstOutput();
        for (int o = 0; o < numOutputs; o++) {
            accumulator.add(topology.activation(first + o), targets[pair * numOutputs + o], values[first + o]);
        }
    }

    /*
     * Layer by layer from the top, each neuron's error is spread over its sources (connections from
     * the last to the first, as libfann sums them), and only then is the layer below multiplied by its
     * derivative: with shortcut connections a layer collects errors from every layer above it first.
     * The input layer needs no error.
     */
    private void backpropagate(float[] weights) {
        float[] values = state.values();
        float[] sums = state.sums();
        for (int layer = topology.numLayers() - 1; layer > 1; layer--) {
            int start = topology.layerStart(layer);
            int end = start + topology.layerSize(layer);
            DenseLayer dense = denseLayers[layer];
            for (int n = start; n < end; n++) {
                float error = errors[n];
                int firstConnection = topology.connectionStart(n);
                int count = topology.connectionCount(n);
                if (dense != null) {
                    // Each source gets one term per neuron, so the direction of this loop does not
                    // change the sums; forwards, over contiguous sources, it vectorizes.
                    int source = dense.sourceStart();
                    for (int i = 0; i < count; i++) {
                        errors[source + i] += error * weights[firstConnection + i];
                    }
                    continue;
                }
                for (int c = firstConnection + count - 1; c >= firstConnection; c--) {
                    errors[topology.source(c)] += error * weights[c];
                }
            }
            int below = topology.layerStart(layer - 1);
            int belowEnd = below + topology.layerSize(layer - 1);
            for (int n = below; n < belowEnd; n++) {
                // Bias neurons have no inputs: their error reaches no weight, and their activation may
                // have no derivative at all.
                if (topology.connectionCount(n) > 0) {
                    errors[n] *= topology.activation(n).derivative(topology.steepness(n), values[n], sums[n]);
                }
            }
        }
    }

    /** Adds this pair's slopes (error times source value, per connection) to {@code slopes}. */
    public void addSlopes(float[] slopes) {
        float[] values = state.values();
        for (int layer = 1; layer < topology.numLayers(); layer++) {
            DenseLayer dense = denseLayers[layer];
            int end = topology.layerStart(layer) + topology.layerSize(layer);
            for (int n = topology.layerStart(layer); n < end; n++) {
                float error = errors[n];
                int first = topology.connectionStart(n);
                int count = topology.connectionCount(n);
                if (dense != null) {
                    int source = dense.sourceStart();
                    for (int i = 0; i < count; i++) {
                        slopes[first + i] += error * values[source + i];
                    }
                    continue;
                }
                for (int c = first; c < first + count; c++) {
                    slopes[c] += error * values[topology.source(c)];
                }
            }
        }
    }

    /**
     * libfann's incremental update ({@code fann_update_weights}): each weight moves by
     * {@code learningRate * error * sourceValue + momentum * previousDelta}, and the move is kept in
     * {@code previousDeltas}.
     */
    public void stepIncremental(float[] weights, float[] previousDeltas, float learningRate, float momentum) {
        float[] values = state.values();
        for (int layer = 1; layer < topology.numLayers(); layer++) {
            DenseLayer dense = denseLayers[layer];
            int end = topology.layerStart(layer) + topology.layerSize(layer);
            for (int n = topology.layerStart(layer); n < end; n++) {
                float scaledError = errors[n] * learningRate;
                int first = topology.connectionStart(n);
                int count = topology.connectionCount(n);
                if (dense != null && momentum == 0f) {
                    // Without momentum the previous deltas never count (0 times a finite delta adds
                    // nothing), so they are neither read nor kept.
                    int source = dense.sourceStart();
                    for (int i = 0; i < count; i++) {
                        weights[first + i] += scaledError * values[source + i];
                    }
                    continue;
                }
                if (dense != null) {
                    int source = dense.sourceStart();
                    for (int i = 0; i < count; i++) {
                        float delta = scaledError * values[source + i] + momentum * previousDeltas[first + i];
                        weights[first + i] += delta;
                        previousDeltas[first + i] = delta;
                    }
                    continue;
                }
                for (int c = first; c < first + count; c++) {
                    float delta = scaledError * values[topology.source(c)] + momentum * previousDeltas[c];
                    weights[c] += delta;
                    previousDeltas[c] = delta;
                }
            }
        }
    }

    /** The error of {@code neuron} after the last {@link #compute}. */
    public float error(int neuron) {
        return errors[neuron];
    }
}
