package dev.zenneural.core.nn.train;

import dev.zenneural.core.kernel.RowKernel;
import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.DenseLayer;
import dev.zenneural.core.nn.network.Topology;
import java.util.Arrays;
import java.util.function.Supplier;

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
    /** Per layer: {@code rows[layer][i * strides[layer] + j]}, the weight from source {@code i} to neuron {@code j}. */
    private final float[][] rows;
    /** With momentum: each weight's previous move, laid out as {@link #rows}. */
    private final float[][] moves;
    private final int[] strides;
    /**
     * Per layer above the first hidden one, the same weights one row per neuron:
     * {@code columns[layer][j * columnStrides[layer] + i]}, for backward's sums across sources. The
     * step moves both copies by the same products, so they stay equal to the bit.
     */
    private final float[][] columns;
    /** With momentum: each weight's previous move, laid out as {@link #columns}. */
    private final float[][] columnMoves;
    private final int[] columnStrides;
    /** One layer's source values, then its sources' errors, padded to its column stride. */
    private final float[] sourceLanes;
    private final float[] values;
    private final float[] sums;
    private final float[] errors;
    /** Per neuron of one layer, padded to its stride: running sums. */
    private final float[] lanes;
    /** Per neuron of one layer, padded to its stride with zeros: errors times the learning rate. */
    private final float[] scaledErrors;
    /** Per layer, {@link Topology#sharedActivation}, or null. */
    private final ActivationFunction[] uniform;
    /**
     * Whether every layer's sources are the whole layer below it and nothing else (no shortcuts):
     * then each error below the outputs is written by exactly one layer's backward sums, which start
     * from zero rather than from errors cleared before every pair.
     */
    private final boolean layered;
    /** Where each epoch's kernel comes from: {@link RowKernels#current()} but in tests. */
    private final Supplier<RowKernel> kernels;
    private RowKernel kernel;

    private DenseIncremental(Topology t, ErrorFunction errorFunction, DenseLayer[] layers,
            Supplier<RowKernel> kernels) {
        this.t = t;
        this.kernels = kernels;
        this.errorFunction = errorFunction;
        this.layers = layers;
        this.rows = new float[t.numLayers()][];
        this.moves = new float[t.numLayers()][];
        this.strides = new int[t.numLayers()];
        this.columns = new float[t.numLayers()][];
        this.columnMoves = new float[t.numLayers()][];
        this.columnStrides = new int[t.numLayers()];
        int widest = 1;
        int deepest = 1;
        for (int layer = 1; layer < t.numLayers(); layer++) {
            strides[layer] = RowKernels.stride(layers[layer].count());
            rows[layer] = new float[layers[layer].k() * strides[layer]];
            moves[layer] = new float[rows[layer].length];
            widest = Math.max(widest, strides[layer]);
            if (layer > 1) {
                columnStrides[layer] = RowKernels.stride(layers[layer].k());
                columns[layer] = new float[layers[layer].count() * columnStrides[layer]];
                columnMoves[layer] = new float[columns[layer].length];
                deepest = Math.max(deepest, columnStrides[layer]);
            }
        }
        this.sourceLanes = new float[deepest];
        this.values = new float[t.totalNeurons()];
        this.sums = new float[t.totalNeurons()];
        this.errors = new float[t.totalNeurons()];
        this.lanes = new float[widest];
        this.scaledErrors = new float[widest];
        this.uniform = new ActivationFunction[t.numLayers()];
        boolean fromBelow = true;
        for (int layer = 1; layer < t.numLayers(); layer++) {
            uniform[layer] = t.sharedActivation(layer).orElse(null);
            fromBelow &= layers[layer].sourceStart() == t.layerStart(layer - 1)
                    && layers[layer].k() == t.layerSize(layer - 1);
        }
        this.layered = fromBelow;
    }

    /** An engine for {@code t}, or null if one of its layers is not dense. */
    static DenseIncremental forTopology(Topology t, ErrorFunction errorFunction) {
        return forTopology(t, errorFunction, RowKernels::current);
    }

    /** {@link #forTopology(Topology, ErrorFunction)} on the kernels {@code kernels} hands out. */
    static DenseIncremental forTopology(Topology t, ErrorFunction errorFunction, Supplier<RowKernel> kernels) {
        DenseLayer[] layers = new DenseLayer[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            layers[layer] = t.denseLayer(layer).orElse(null);
            if (layers[layer] == null) {
                return null;
            }
        }
        return new DenseIncremental(t, errorFunction, layers, kernels);
    }

    /**
     * One epoch: every pair in order, forward, its error accounted, backward, and the weights moved
     * by {@code learningRate * error * source value + momentum * previous move}. The previous moves
     * live in this engine from epoch to epoch, as libfann keeps them.
     */
    void epoch(Pairs pairs, float[] weights, float learningRate, float momentum, ErrorAccumulator accumulator) {
        // Asked once an epoch: the vector kernel takes over when its warm-up finds it compiled.
        kernel = kernels.get();
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
            float[] w = rows[layer];
            int stride = strides[layer];
            for (int j = 0; j < d.count(); j++) {
                int from = d.weightStart() + j * d.k();
                for (int i = 0; i < d.k(); i++) {
                    w[i * stride + j] = weights[from + i];
                }
                if (columns[layer] != null) {
                    System.arraycopy(weights, from, columns[layer], j * columnStrides[layer], d.k());
                }
            }
        }
    }

    private void store(float[] weights) {
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            float[] w = rows[layer];
            int stride = strides[layer];
            for (int j = 0; j < d.count(); j++) {
                int to = d.weightStart() + j * d.k();
                for (int i = 0; i < d.k(); i++) {
                    weights[to + i] = w[i * stride + j];
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
            int count = d.count();
            int first = t.layerStart(layer);
            ActivationFunction f = uniform[layer];
            if (f != null) {
                // In bulk, as steepenedSum() and value() give them one at a time: the sigmoids on vectors.
                kernel.steepenedSums(rows[layer], strides[layer], d.k(), values, d.sourceStart(), t.steepness(first),
                        lanes, count);
                System.arraycopy(lanes, 0, sums, first, count);
                f.apply(sums, first, first + count, values);
            } else {
                kernel.sums(rows[layer], strides[layer], d.k(), values, d.sourceStart(), lanes, count);
                for (int j = 0; j < count; j++) {
                    int n = first + j;
                    sums[n] = ActivationFunction.steepenedSum(t.steepness(n), lanes[j]);
                    values[n] = t.activation(n).value(sums[n]);
                }
            }
            for (int n = first + count; n < first + t.layerSize(layer); n++) {
                values[n] = 1;
                sums[n] = 0;
            }
        }
    }

    private void outputErrors(float[] targets, int offset, ErrorAccumulator accumulator) {
        if (!layered) {
            // Shortcut layers add into the errors of every layer below them.
            Arrays.fill(errors, 0f);
        }
        int first = t.firstOutput();
        for (int o = 0; o < t.numOutputs(); o++) {
            int n = first + o;
            ActivationFunction f = t.activation(n);
            float diff = accumulator.add(f, targets[offset + o], values[n]);
            errors[n] = f.derivative(t.steepness(n), values[n], sums[n]) * errorFunction.apply(diff);
        }
    }

    /**
     * {@code Backprop.backpropagate}: each source's error collects its terms neuron by neuron, all the
     * layer's sources at once from the weights held one row per neuron.
     */
    private void backward() {
        for (int layer = t.numLayers() - 1; layer > 1; layer--) {
            DenseLayer d = layers[layer];
            int k = d.k();
            int src = d.sourceStart();
            if (layered) {
                // The same bits as starting from the cleared errors: the first term is added to +0 either way.
                Arrays.fill(sourceLanes, 0f);
            } else {
                System.arraycopy(errors, src, sourceLanes, 0, k);
            }
            kernel.accumulate(columns[layer], columnStrides[layer], d.count(), errors, t.layerStart(layer),
                    sourceLanes, k);
            System.arraycopy(sourceLanes, 0, errors, src, k);
            int below = t.layerStart(layer - 1);
            ActivationFunction f = uniform[layer - 1];
            if (f == ActivationFunction.SIGMOID_SYMMETRIC || f == ActivationFunction.SIGMOID) {
                kernel.sigmoidDerivatives(values, errors, below, layers[layer - 1].count(), t.steepness(below),
                        f == ActivationFunction.SIGMOID_SYMMETRIC);
            } else if (f != null) {
                // One value at a time: the bulk derivatives' Math.min/max loop cost twice as much at 16 neurons.
                float steepness = t.steepness(below);
                for (int n = below; n < below + layers[layer - 1].count(); n++) {
                    errors[n] *= f.derivative(steepness, values[n], sums[n]);
                }
            } else {
                for (int n = below; n < below + t.layerSize(layer - 1); n++) {
                    if (t.connectionCount(n) > 0) {
                        errors[n] *= t.activation(n).derivative(t.steepness(n), values[n], sums[n]);
                    }
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
                scaledErrors[j] = errors[first + j] * learningRate;
            }
            if (momentum == 0f) {
                kernel.step(rows[layer], strides[layer], d.k(), values, d.sourceStart(), scaledErrors, count);
            } else {
                kernel.step(rows[layer], moves[layer], strides[layer], d.k(), values, d.sourceStart(), scaledErrors,
                        count, momentum);
            }
            if (columns[layer] != null) {
                // The same moves, source value times scaled error, along each neuron's row.
                System.arraycopy(values, d.sourceStart(), sourceLanes, 0, d.k());
                if (momentum == 0f) {
                    kernel.step(columns[layer], columnStrides[layer], count, scaledErrors, 0, sourceLanes, d.k());
                } else {
                    kernel.step(columns[layer], columnMoves[layer], columnStrides[layer], count, scaledErrors, 0,
                            sourceLanes, d.k(), momentum);
                }
            }
        }
    }
}
