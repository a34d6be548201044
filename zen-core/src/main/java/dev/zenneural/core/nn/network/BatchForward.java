package dev.zenneural.core.nn.network;

import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.nn.activation.ActivationFunction;

/**
 * Many rows through a network at once: the rows' neuron values form a {@code rows x totalNeurons}
 * matrix, and every dense layer is one {@link Sgemm} product of the source columns with the layer's
 * weight block. Sparse layers fall back to per-row sums. Rows go in chunks so that the scratch stays
 * small; the scratch is reused by the calling thread, so warm calls allocate nothing.
 *
 * <p>Results equal {@link ForwardPass}'s up to float rounding: the product sums in another order.
 */
final class BatchForward {

    /** Rows per chunk: enough to make the products worth it, small enough for L2. */
    static final int CHUNK = 128;

    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    private BatchForward() {
    }

    static void run(Topology t, float[] weights, float[] inputs, int count, float[] outputs) {
        int total = t.totalNeurons();
        float[][] holder = SCRATCH.get();
        int need = Math.min(CHUNK, count) * total;
        if (holder[0].length < need) {
            holder[0] = new float[need];
        }
        float[] v = holder[0];
        int numInputs = t.numInputs();
        int numOutputs = t.numOutputs();
        int firstOutput = t.firstOutput();
        for (int row0 = 0; row0 < count; row0 += CHUNK) {
            int rows = Math.min(CHUNK, count - row0);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(inputs, (row0 + r) * numInputs, v, r * total, numInputs);
                v[r * total + numInputs] = 1;
            }
            for (int layer = 1; layer < t.numLayers(); layer++) {
                DenseLayer dense = t.dense(layer);
                if (dense != null) {
                    denseLayer(t, weights, dense, layer, v, rows, total);
                } else {
                    sparseLayer(t, weights, layer, v, rows, total);
                }
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(v, r * total + firstOutput, outputs, (row0 + r) * numOutputs, numOutputs);
            }
        }
    }

    private static void denseLayer(Topology t, float[] weights, DenseLayer d, int layer, float[] v, int rows,
            int total) {
        int first = t.layerStart(layer);
        Sgemm.gemm(false, true, rows, d.count(), d.k(), 1f, v, d.sourceStart(), total, weights, d.weightStart(), d.k(),
                0f, v, first, total);
        int end = first + t.layerSize(layer);
        for (int n = first; n < first + d.count(); n++) {
            float steepness = t.steepness(n);
            ActivationFunction f = t.activation(n);
            for (int r = 0; r < rows; r++) {
                int at = r * total + n;
                v[at] = f.value(ActivationFunction.steepenedSum(steepness, v[at]));
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int n = first + d.count(); n < end; n++) {
                v[r * total + n] = 1;
            }
        }
    }

    private static void sparseLayer(Topology t, float[] weights, int layer, float[] v, int rows, int total) {
        int[] sources = t.sourcesArray();
        int end = t.layerStart(layer) + t.layerSize(layer);
        for (int r = 0; r < rows; r++) {
            int base = r * total;
            for (int n = t.layerStart(layer); n < end; n++) {
                int count = t.connectionCount(n);
                if (count == 0) {
                    v[base + n] = 1;
                    continue;
                }
                float sum = 0;
                for (int c = t.connectionStart(n); c < t.connectionStart(n) + count; c++) {
                    sum += weights[c] * v[base + sources[c]];
                }
                v[base + n] = t.activation(n).value(ActivationFunction.steepenedSum(t.steepness(n), sum));
            }
        }
    }
}
