package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.DenseLayer;
import dev.zenneural.core.nn.network.Topology;
import java.util.Arrays;

/**
 * {@link IncrementalBackprop}'s pair-by-pair training for networks whose layers are all dense (FANN's
 * standard and shortcut networks), with {@link Backprop}'s arithmetic to the bit but laid out so that
 * the loops run across neurons and vectorize.
 *
 * <p>libfann sums each neuron's inputs one after the other (in groups of four); that chain cannot be
 * split without changing the result, so the SIMD lanes go across neurons instead: each layer's
 * weights are held as one row per source, {@code rows[layer][i][j]} the weight from source {@code i}
 * to neuron {@code j}, and a row updates the running sums of all the layer's neurons at once, every
 * lane following its neuron's own order. The weight update (each weight moves independently) runs
 * along the same rows. Errors are spread back to each source from its row, neuron by neuron in
 * libfann's order. The rows are loaded from the weights before an epoch and written back after it.
 * Plain loops over rows indexed from 0, which C2's SuperWord vectorizes on JDK 17 and later.
 *
 * <p>Mutable scratch, one per training.
 */
final class DenseIncremental {

    private final Topology t;
    private final ErrorFunction errorFunction;
    private final DenseLayer[] layers;
    /** Per layer, per source, the weights from that source to each of the layer's neurons. */
    private final float[][][] rows;
    /** With momentum: each weight's previous move, laid out as {@link #rows}. */
    private final float[][][] moves;
    private final float[] values;
    private final float[] sums;
    private final float[] errors;
    /** Per neuron of one layer: running sums, then scaled errors. */
    private final float[] lanes;
    /** Per layer, {@link Topology#sharedActivation}, or null. */
    private final ActivationFunction[] uniform;

    private DenseIncremental(Topology t, ErrorFunction errorFunction, DenseLayer[] layers) {
        this.t = t;
        this.errorFunction = errorFunction;
        this.layers = layers;
        this.rows = new float[t.numLayers()][][];
        this.moves = new float[t.numLayers()][][];
        int widest = 0;
        for (int layer = 1; layer < t.numLayers(); layer++) {
            rows[layer] = new float[layers[layer].k()][layers[layer].count()];
            moves[layer] = new float[layers[layer].k()][layers[layer].count()];
            widest = Math.max(widest, layers[layer].count());
        }
        this.values = new float[t.totalNeurons()];
        this.sums = new float[t.totalNeurons()];
        this.errors = new float[t.totalNeurons()];
        this.lanes = new float[widest];
        this.uniform = new ActivationFunction[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            uniform[layer] = t.sharedActivation(layer).orElse(null);
        }
    }

    /** An engine for {@code t}, or null if one of its layers is not dense. */
    static DenseIncremental forTopology(Topology t, ErrorFunction errorFunction) {
        DenseLayer[] layers = new DenseLayer[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            layers[layer] = t.denseLayer(layer).orElse(null);
            if (layers[layer] == null) {
                return null;
            }
        }
        return new DenseIncremental(t, errorFunction, layers);
    }

    /**
     * One epoch: every pair in order, forward, its error accounted, backward, and the weights moved
     * by {@code learningRate * error * source value + momentum * previous move}. The previous moves
     * live in this engine from epoch to epoch, as libfann keeps them.
     */
    void epoch(Pairs pairs, float[] weights, float learningRate, float momentum, ErrorAccumulator accumulator) {
        load(weights);
        for (int pair = 0; pair < pairs.numPairs(); pair++) {
            forward(pairs.inputs(), pair * t.numInputs());
            outputErrors(pairs.targets(), pair * t.numOutputs(), accumulator);
            backward();
            update(learningRate, momentum);
        }
        store(weights);
    }

    private void load(float[] weights) {
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            for (int j = 0; j < d.count(); j++) {
                int from = d.weightStart() + j * d.k();
                for (int i = 0; i < d.k(); i++) {
                    rows[layer][i][j] = weights[from + i];
                }
            }
        }
    }

    private void store(float[] weights) {
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            for (int j = 0; j < d.count(); j++) {
                int to = d.weightStart() + j * d.k();
                for (int i = 0; i < d.k(); i++) {
                    weights[to + i] = rows[layer][i][j];
                }
            }
        }
    }

    /** {@code ForwardPass.run}: FANN's sum per neuron, the first {@code k % 4} terms from the highest. */
    private void forward(float[] input, int offset) {
        int numInputs = t.numInputs();
        System.arraycopy(input, offset, values, 0, numInputs);
        values[numInputs] = 1;
        sums[numInputs] = 0;
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            float[][] w = rows[layer];
            int count = d.count();
            int src = d.sourceStart();
            int k = d.k();
            Arrays.fill(lanes, 0, count, 0f);
            int i = k & 3;
            if (i == 3) {
                addTerm(lanes, count, w[2], values[src + 2]);
            }
            if (i >= 2) {
                addTerm(lanes, count, w[1], values[src + 1]);
            }
            if (i >= 1) {
                addTerm(lanes, count, w[0], values[src]);
            }
            for (; i != k; i += 4) {
                addGroup(lanes, count, w[i], values[src + i], w[i + 1], values[src + i + 1], w[i + 2],
                        values[src + i + 2], w[i + 3], values[src + i + 3]);
            }
            int first = t.layerStart(layer);
            for (int j = 0; j < count; j++) {
                int n = first + j;
                sums[n] = ActivationFunction.steepenedSum(t.steepness(n), lanes[j]);
            }
            ActivationFunction f = uniform[layer];
            if (f != null) {
                // In bulk: the sigmoids run on vectors there, with the bits of value() one at a time.
                f.apply(sums, first, first + count, values);
            } else {
                for (int n = first; n < first + count; n++) {
                    values[n] = t.activation(n).value(sums[n]);
                }
            }
            for (int n = first + count; n < first + t.layerSize(layer); n++) {
                values[n] = 1;
                sums[n] = 0;
            }
        }
    }

    /** {@code acc[j] += w[j] * x}, as libfann adds one leading term. */
    private static void addTerm(float[] acc, int count, float[] w, float x) {
        for (int j = 0; j < count; j++) {
            acc[j] += w[j] * x;
        }
    }

    /** {@code acc[j] += w0[j]*x0 + w1[j]*x1 + w2[j]*x2 + w3[j]*x3}: one of libfann's groups of four. */
    private static void addGroup(float[] acc, int count, float[] w0, float x0, float[] w1, float x1, float[] w2,
            float x2, float[] w3, float x3) {
        for (int j = 0; j < count; j++) {
            acc[j] += w0[j] * x0 + w1[j] * x1 + w2[j] * x2 + w3[j] * x3;
        }
    }

    private void outputErrors(float[] targets, int offset, ErrorAccumulator accumulator) {
        Arrays.fill(errors, 0f);
        int first = t.firstOutput();
        for (int o = 0; o < t.numOutputs(); o++) {
            int n = first + o;
            ActivationFunction f = t.activation(n);
            float diff = accumulator.add(f, targets[offset + o], values[n]);
            errors[n] = f.derivative(t.steepness(n), values[n], sums[n]) * errorFunction.apply(diff);
        }
    }

    /** {@code Backprop.backpropagate}: each source's error collects its terms neuron by neuron. */
    private void backward() {
        for (int layer = t.numLayers() - 1; layer > 1; layer--) {
            DenseLayer d = layers[layer];
            float[][] w = rows[layer];
            int first = t.layerStart(layer);
            for (int i = 0; i < d.k(); i++) {
                float[] row = w[i];
                float e = errors[d.sourceStart() + i];
                for (int j = 0; j < d.count(); j++) {
                    e += errors[first + j] * row[j];
                }
                errors[d.sourceStart() + i] = e;
            }
            int below = t.layerStart(layer - 1);
            for (int n = below; n < below + t.layerSize(layer - 1); n++) {
                if (t.connectionCount(n) > 0) {
                    errors[n] *= t.activation(n).derivative(t.steepness(n), values[n], sums[n]);
                }
            }
        }
    }

    /** {@code Backprop.stepIncremental}, row by row. */
    private void update(float learningRate, float momentum) {
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            int count = d.count();
            int first = t.layerStart(layer);
            for (int j = 0; j < count; j++) {
                lanes[j] = errors[first + j] * learningRate;
            }
            float[][] w = rows[layer];
            int src = d.sourceStart();
            int i = 0;
            if (momentum == 0f) {
                // Four rows a call: a layer's rows are short (one per source, as long as the layer is
                // wide), and one row a call spent more time in the call than in the loop.
                for (; i + 4 <= d.k(); i += 4) {
                    step(w[i], values[src + i], w[i + 1], values[src + i + 1], w[i + 2], values[src + i + 2],
                            w[i + 3], values[src + i + 3], lanes, count);
                }
                for (; i < d.k(); i++) {
                    step(w[i], lanes, count, values[src + i]);
                }
            } else {
                for (; i < d.k(); i++) {
                    step(w[i], moves[layer][i], lanes, count, values[src + i], momentum);
                }
            }
        }
    }

    private static void step(float[] w0, float x0, float[] w1, float x1, float[] w2, float x2, float[] w3, float x3,
            float[] scaledErrors, int count) {
        for (int j = 0; j < count; j++) {
            float e = scaledErrors[j];
            w0[j] += e * x0;
            w1[j] += e * x1;
            w2[j] += e * x2;
            w3[j] += e * x3;
        }
    }

    private static void step(float[] w, float[] scaledErrors, int count, float x) {
        for (int j = 0; j < count; j++) {
            w[j] += scaledErrors[j] * x;
        }
    }

    private static void step(float[] w, float[] previous, float[] scaledErrors, int count, float x, float momentum) {
        for (int j = 0; j < count; j++) {
            float delta = scaledErrors[j] * x + momentum * previous[j];
            w[j] += delta;
            previous[j] = delta;
        }
    }
}
