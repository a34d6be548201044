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
    /** The activation of every neuron with connections of a layer, or null if they differ. */
    private final ActivationFunction[] uniformActivation;
    private final int total;
    private float[] values = new float[0];
    private float[] sums = new float[0];
    private float[] errors = new float[0];

    private DenseSlopeWorker(Topology t, ErrorFunction errorFunction, DenseLayer[] layers) {
        this.t = t;
        this.errorFunction = errorFunction;
        this.layers = layers;
        this.total = t.totalNeurons();
        this.uniformActivation = new ActivationFunction[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            uniformActivation[layer] = uniform(t, layer, layers[layer].count());
        }
    }

    /** A worker for {@code t}, or null if one of its layers is not dense. */
    static DenseSlopeWorker forTopology(Topology t, ErrorFunction errorFunction) {
        DenseLayer[] layers = new DenseLayer[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = t.denseLayer(layer).orElse(null);
            if (d == null) {
                return null;
            }
            layers[layer] = d;
        }
        return new DenseSlopeWorker(t, errorFunction, layers);
    }

    private static ActivationFunction uniform(Topology t, int layer, int count) {
        int first = t.layerStart(layer);
        for (int n = first + 1; n < first + count; n++) {
            if (t.activation(n) != t.activation(first) || t.steepness(n) != t.steepness(first)) {
                return null;
            }
        }
        return t.activation(first);
    }

    @Override
    public void addSlopes(float[] weights, Pairs pairs, int from, int to, float[] slopes,
            ErrorAccumulator accumulator) {
        int need = Math.min(CHUNK, to - from) * total;
        if (values.length < need) {
            values = new float[need];
            sums = new float[need];
            errors = new float[need];
        }
        for (int row0 = from; row0 < to; row0 += CHUNK) {
            int rows = Math.min(CHUNK, to - row0);
            forward(weights, pairs.inputs(), row0, rows);
            outputErrors(pairs.targets(), row0, rows, accumulator);
            backward(weights, rows);
            for (int layer = 1; layer < t.numLayers(); layer++) {
                DenseLayer d = layers[layer];
                Sgemm.gemm(true, false, d.count(), d.k(), rows, 1f, errors, t.layerStart(layer), total,
                        values, d.sourceStart(), total, 1f, slopes, d.weightStart(), d.k());
            }
        }
    }

    private void forward(float[] weights, float[] inputs, int row0, int rows) {
        int numInputs = t.numInputs();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(inputs, (row0 + r) * numInputs, values, r * total, numInputs);
            values[r * total + numInputs] = 1;
            sums[r * total + numInputs] = 0;
        }
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = layers[layer];
            int first = t.layerStart(layer);
            Sgemm.gemm(false, true, rows, d.count(), d.k(), 1f, values, d.sourceStart(), total, weights,
                    d.weightStart(), d.k(), 0f, sums, first, total);
            activate(layer, first, d.count(), rows);
            for (int r = 0; r < rows; r++) {
                for (int n = first + d.count(); n < first + t.layerSize(layer); n++) {
                    values[r * total + n] = 1;
                    sums[r * total + n] = 0;
                }
            }
        }
    }

    /** Steepens and clamps the layer's sums and applies the activation, as {@code fann_run}. */
    private void activate(int layer, int first, int count, int rows) {
        ActivationFunction f = uniformActivation[layer];
        if (f != null) {
            float steepness = t.steepness(first);
            for (int r = 0; r < rows; r++) {
                int from = r * total + first;
                for (int i = from; i < from + count; i++) {
                    sums[i] = ActivationFunction.steepenedSum(steepness, sums[i]);
                }
                f.apply(sums, from, from + count, values);
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int n = first; n < first + count; n++) {
                int at = r * total + n;
                sums[at] = ActivationFunction.steepenedSum(t.steepness(n), sums[at]);
                values[at] = t.activation(n).value(sums[at]);
            }
        }
    }

    private void outputErrors(float[] targets, int row0, int rows, ErrorAccumulator accumulator) {
        Arrays.fill(errors, 0, rows * total, 0f);
        int numOutputs = t.numOutputs();
        int firstOutput = t.firstOutput();
        for (int r = 0; r < rows; r++) {
            int targetRow = (row0 + r) * numOutputs;
            for (int o = 0; o < numOutputs; o++) {
                int n = firstOutput + o;
                int at = r * total + n;
                ActivationFunction f = t.activation(n);
                float diff = accumulator.add(f, targets[targetRow + o], values[at]);
                errors[at] = f.derivative(t.steepness(n), values[at], sums[at]) * errorFunction.apply(diff);
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
                Sgemm.gemm(false, false, rows, d.k() - skip, d.count(), 1f, errors, t.layerStart(layer), total,
                        weights, d.weightStart() + skip, d.k(), 1f, errors, lowest, total);
            }
            int below = t.layerStart(layer - 1);
            int belowCount = layers[layer - 1].count();
            for (int r = 0; r < rows; r++) {
                for (int n = below; n < below + belowCount; n++) {
                    int at = r * total + n;
                    errors[at] *= t.activation(n).derivative(t.steepness(n), values[at], sums[at]);
                }
            }
        }
    }
}
