package dev.zenneural.core.nn.train;

import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.DenseLayer;
import dev.zenneural.core.nn.network.Topology;
import java.util.Arrays;

/**
 * Slopes of many pairs at once for networks whose layers are all {@linkplain Topology#isDense
 * dense} (FANN's standard and shortcut networks): the pairs go through in chunks of rows, and every
 * layer's forward sums, error spreading and slopes are one {@link Sgemm} product each over the
 * chunk, instead of one dot product per neuron and pair.
 *
 * <p>A chunk's scratch is neuron-major ({@code totalNeurons x rows}): every product then runs along
 * the chunk's rows, which are long, rather than along a layer's neurons, which may be few, and
 * each neuron's activation and derivative run over contiguous values.
 *
 * <p>The arithmetic is libfann's (steepened and clamped sums, its derivatives and error function,
 * the MSE accounted pair by pair in order), but products sum in another order, so slopes equal the
 * pair-by-pair {@link Backprop}'s up to float rounding (tested). Results do not depend on how many
 * threads {@link Sgemm} uses.
 */
final class DenseSlopeWorker implements SlopeWorker {

    /** Rows per chunk: products big enough to run near the kernel's speed, scratch small enough for L2. */
    static final int CHUNK = 256;

    private final Topology t;
    private final ErrorFunction errorFunction;
    private final DenseLayer[] layers;
    private final int total;
    /**
     * Whether only the first layer reads the input neurons (inputs then bias, as FANN's standard
     * networks wire them): then its forward product reads the inputs' transposition
     * ({@link #columns}) in place and its slopes the pairs as stored, instead of copying the inputs
     * into the chunk. With few inputs the copy is cheap and the plain path faster (building's 14:
     * 1.5 ms against 1.8 ms an epoch).
     */
    private final boolean directInputs;
    /** The fewest inputs for which reading the pairs as stored pays. */
    static final int DIRECT_INPUTS = 32;
    /** A column of ones as long as a chunk: the bias's source value in every row. Never written. */
    private static final float[] ONES = ones(CHUNK);
    private float[] values = new float[0];
    private float[] sums = new float[0];
    private float[] errors = new float[0];
    /** Each neuron's derivatives, laid out as {@link #errors}. */
    private float[] derivatives = new float[0];
    /** The inputs feature by feature, shared with the engine's other workers. */
    private final InputColumns columns;

    private DenseSlopeWorker(Topology t, ErrorFunction errorFunction, DenseLayer[] layers, InputColumns columns) {
        this.t = t;
        this.columns = columns;
        this.errorFunction = errorFunction;
        this.layers = layers;
        this.total = t.totalNeurons();
        boolean direct = t.numInputs() >= DIRECT_INPUTS && layers[1].sourceStart() == 0
                && layers[1].k() == t.numInputs() + 1;
        for (int layer = 2; layer < t.numLayers(); layer++) {
            direct &= layers[layer].sourceStart() >= t.layerStart(1);
        }
        this.directInputs = direct;
    }

    /** A worker for {@code t} with inputs' columns of its own, or null if one of its layers is not dense. */
    static DenseSlopeWorker forTopology(Topology t, ErrorFunction errorFunction) {
        return forTopology(t, errorFunction, new InputColumns(t.numInputs()));
    }

    /**
     * A worker for {@code t} reading the inputs' {@code columns}, which other workers may share, or
     * null if one of its layers is not dense.
     */
    static DenseSlopeWorker forTopology(Topology t, ErrorFunction errorFunction, InputColumns columns) {
        DenseLayer[] layers = new DenseLayer[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = t.denseLayer(layer).orElse(null);
            if (d == null) {
                return null;
            }
            layers[layer] = d;
        }
        return new DenseSlopeWorker(t, errorFunction, layers, columns);
    }

    @Override
    public void addSlopes(float[] weights, Pairs pairs, int from, int to, float[] slopes,
            ErrorAccumulator accumulator) {
        int need = Math.min(CHUNK, to - from) * total;
        if (values.length < need) {
            values = new float[need];
            sums = new float[need];
            errors = new float[need];
            derivatives = new float[need];
        }
        float[] inputs = pairs.inputs();
        columns.cover(pairs);
        columns.fill(from, to);
        for (int row0 = from; row0 < to; row0 += CHUNK) {
            int rows = Math.min(CHUNK, to - row0);
            forward(weights, row0, rows);
            outputErrors(pairs.targets(), row0, rows, accumulator);
            backward(weights, rows);
            for (int layer = directInputs ? 2 : 1; layer < t.numLayers(); layer++) {
                DenseLayer d = layers[layer];
                Sgemm.gemm(false, true, d.count(), d.k(), rows, 1f, errors, t.layerStart(layer) * rows, rows,
                        values, d.sourceStart() * rows, rows, 1f, slopes, d.weightStart(), d.k());
            }
            if (directInputs) {
                firstLayerSlopes(inputs, row0, rows, slopes);
            }
        }
    }

    /**
     * The first layer's slopes straight from the row-major pairs: the inputs' part is one product
     * with the pairs as they are stored, the bias weight's is the sum of each neuron's errors.
     */
    private void firstLayerSlopes(float[] inputs, int row0, int rows, float[] slopes) {
        DenseLayer d = layers[1];
        int numInputs = t.numInputs();
        int first = t.layerStart(1);
        Sgemm.gemm(false, false, d.count(), numInputs, rows, 1f, errors, first * rows, rows, inputs, row0 * numInputs,
                numInputs, 1f, slopes, d.weightStart(), d.k());
        // The bias column: each neuron's errors times a column of ones, summed in eight lanes (one
        // sum at a time, an addition waited for the last: 3 % of mushroom's epoch).
        Sgemm.gemm(false, false, d.count(), 1, rows, 1f, errors, first * rows, rows, ONES, 0, 1, 1f, slopes,
                d.weightStart() + numInputs, d.k());
    }

    private static float[] ones(int n) {
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        return ones;
    }

    private void forward(float[] weights, int row0, int rows) {
        int numInputs = t.numInputs();
        if (!directInputs) {
            for (int i = 0; i < numInputs; i++) {
                System.arraycopy(columns.values(), i * columns.stride() + row0, values, i * rows, rows);
            }
            Arrays.fill(values, numInputs * rows, (numInputs + 1) * rows, 1f);
        }
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            int first = t.layerStart(layer);
            if (layer == 1 && directInputs) {
                // Bias weight first, then the inputs' product read from their transposition.
                for (int j = 0; j < d.count(); j++) {
                    Arrays.fill(sums, (first + j) * rows, (first + j + 1) * rows,
                            weights[d.weightStart() + j * d.k() + numInputs]);
                }
                Sgemm.gemm(false, false, d.count(), rows, numInputs, 1f, weights, d.weightStart(), d.k(),
                        columns.values(), row0, columns.stride(), 1f, sums, first * rows, rows);
            } else {
                Sgemm.gemm(false, false, d.count(), rows, d.k(), 1f, weights, d.weightStart(), d.k(), values,
                        d.sourceStart() * rows, rows, 0f, sums, first * rows, rows);
            }
            for (int n = first; n < first + d.count(); n++) {
                int from = n * rows;
                ActivationFunction.steepenSums(t.steepness(n), sums, from, from + rows);
                t.activation(n).apply(sums, from, from + rows, values);
            }
            int end = first + t.layerSize(layer);
            Arrays.fill(values, (first + d.count()) * rows, end * rows, 1f);
            Arrays.fill(sums, (first + d.count()) * rows, end * rows, 0f);
        }
    }

    private void outputErrors(float[] targets, int row0, int rows, ErrorAccumulator accumulator) {
        int numOutputs = t.numOutputs();
        int firstOutput = t.firstOutput();
        // The hidden layers' errors are sums: they start at 0. The input layer's are never read.
        Arrays.fill(errors, t.layerStart(1) * rows, total * rows, 0f);
        // The differences first, pair by pair as libfann adds them up; then the errors output by output, a
        // loop whose error functions (a logarithm each for TANH) do not wait on one another. With the
        // inlined logarithm (kernel.Logarithm), building's and abelone's batch trainings 1.05-1.06 times
        // as fast; either change alone, 0.98-1.02.
        for (int r = 0; r < rows; r++) {
            int targetRow = (row0 + r) * numOutputs;
            for (int o = 0; o < numOutputs; o++) {
                int at = (firstOutput + o) * rows + r;
                errors[at] = accumulator.add(t.activation(firstOutput + o), targets[targetRow + o], values[at]);
            }
        }
        for (int n = firstOutput; n < firstOutput + numOutputs; n++) {
            ActivationFunction f = t.activation(n);
            float steepness = t.steepness(n);
            for (int at = n * rows; at < (n + 1) * rows; at++) {
                errors[at] = f.derivative(steepness, values[at], sums[at]) * errorFunction.apply(errors[at]);
            }
        }
    }

    /**
     * From the top layer down, spreads each layer's errors over its sources (one product, into every
     * earlier layer at once for shortcut networks, skipping the input layer, which needs none), then
     * multiplies the layer below by its derivative once everything above has reached it.
     */
    private void backward(float[] weights, int rows) {
        int firstHidden = t.layerStart(1);
        for (int layer = t.numLayers() - 1; layer > 1; layer--) {
            DenseLayer d = layers[layer];
            int lowest = Math.max(d.sourceStart(), firstHidden);
            int skip = lowest - d.sourceStart();
            if (skip < d.k()) {
                Sgemm.gemm(true, false, d.k() - skip, rows, d.count(), 1f, weights, d.weightStart() + skip, d.k(),
                        errors, t.layerStart(layer) * rows, rows, 1f, errors, lowest * rows, rows);
            }
            int below = t.layerStart(layer - 1);
            for (int n = below; n < below + layers[layer - 1].count(); n++) {
                int from = n * rows;
                t.activation(n).derivatives(t.steepness(n), values, sums, from, from + rows, derivatives);
                for (int at = from; at < from + rows; at++) {
                    errors[at] *= derivatives[at];
                }
            }
        }
    }
}
