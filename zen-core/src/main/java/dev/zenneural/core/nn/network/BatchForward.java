package dev.zenneural.core.nn.network;

import dev.zenneural.core.kernel.GemmThreads;
import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.nn.activation.ActivationFunction;

/**
 * Many rows through a network at once: the rows' neuron values form a {@code rows x totalNeurons}
 * matrix, and every dense layer is one {@link Sgemm} product of the source columns with the layer's
 * weight block. Sparse layers fall back to per-row sums. Rows go in chunks so that the scratch stays
 * small; the scratch is reused by each thread, so warm calls on one thread allocate nothing.
 *
 * <p>Built once per network: it keeps every dense layer's weights transposed ({@code k x count}),
 * so that the products read them row by row; as stored ({@code count x k}) every chunk would gather
 * the whole weight block column by column again, measured here as more than half the time of the
 * product itself on a 784-256-128-10 network. Layers whose neurons share one activation and
 * steepness are activated row by row in bulk.
 *
 * <p>Results equal {@link ForwardPass}'s up to float rounding: the product sums in another order.
 */
final class BatchForward {

    /**
     * Rows per chunk: enough to make the products worth it (each chunk packs every weight block
     * again), and two of the products' 72-row panels, so that no block of rows ends in a slow edge
     * of one or two rows. On a 784-256-128-10 network, one thread, in one JVM by turns: 144 rows ran
     * 1.03-1.11 times as fast as 128, 72 rows 0.92 times, and 216 or 288 rows within 1.04 of 144.
     * {@link Network#run(float[], int, float[])}'s javadoc names this size.
     */
    static final int CHUNK = 144;

    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    private final Topology t;
    private final float[] weights;
    /** Per layer: its dense weight block transposed, {@code k x count} row-major; null if sparse. */
    private final float[][] transposed;
    /** Per layer: the activation every neuron of it has with one steepness, or null. */
    private final ActivationFunction[] uniform;

    BatchForward(Topology t, float[] weights) {
        this.t = t;
        this.weights = weights;
        this.transposed = new float[t.numLayers()][];
        this.uniform = new ActivationFunction[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer d = t.dense(layer);
            if (d == null) {
                continue;
            }
            float[] wt = new float[d.k() * d.count()];
            for (int j = 0; j < d.count(); j++) {
                for (int p = 0; p < d.k(); p++) {
                    wt[p * d.count() + j] = weights[d.weightStart() + j * d.k() + p];
                }
            }
            transposed[layer] = wt;
            uniform[layer] = t.sharedActivation(layer).orElse(null);
        }
    }

    void run(float[] inputs, int count, float[] outputs) {
        run(inputs, count, outputs, GemmThreads.count());
    }

    /**
     * {@link #run(float[], int, float[])} on at most {@code threads} kernel threads. Rows of more
     * than one chunk are shared out in whole chunks, each thread taking its rows through every layer
     * with products on that thread alone: the activations run in parallel too, and the threads meet
     * once per call instead of once per product. A single chunk shares each product's rows instead.
     * The bits do not depend on how rows are shared out: each row's values are computed in the same
     * order whatever chunk or thread it falls in.
     */
    void run(float[] inputs, int count, float[] outputs, int threads) {
        int chunks = (count + CHUNK - 1) / CHUNK;
        int parts = Math.min(threads, chunks);
        if (parts <= 1) {
            rows(inputs, 0, count, outputs, false);
            return;
        }
        GemmThreads.run(parts, part -> rows(inputs, (int) ((long) chunks * part / parts) * CHUNK,
                Math.min(count, (int) ((long) chunks * (part + 1) / parts) * CHUNK), outputs, true));
    }

    /** Rows {@code from} to {@code to} (exclusive), in chunks; products on this thread if {@code alone}. */
    private void rows(float[] inputs, int from, int to, float[] outputs, boolean alone) {
        int total = t.totalNeurons();
        float[][] holder = SCRATCH.get();
        int need = Math.min(CHUNK, to - from) * total;
        if (holder[0].length < need) {
            holder[0] = new float[need];
        }
        float[] v = holder[0];
        int numInputs = t.numInputs();
        int numOutputs = t.numOutputs();
        int firstOutput = t.firstOutput();
        for (int row0 = from; row0 < to; row0 += CHUNK) {
            int rows = Math.min(CHUNK, to - row0);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(inputs, (row0 + r) * numInputs, v, r * total, numInputs);
                v[r * total + numInputs] = 1;
            }
            for (int layer = 1; layer < t.numLayers(); layer++) {
                DenseLayer dense = t.dense(layer);
                if (dense != null) {
                    denseLayer(dense, layer, v, rows, total, alone);
                } else {
                    sparseLayer(layer, v, rows, total);
                }
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(v, r * total + firstOutput, outputs, (row0 + r) * numOutputs, numOutputs);
            }
        }
    }

    private void denseLayer(DenseLayer d, int layer, float[] v, int rows, int total, boolean alone) {
        int first = t.layerStart(layer);
        int count = d.count();
        if (alone) {
            Sgemm.gemmOnCallingThread(false, false, rows, count, d.k(), 1f, v, d.sourceStart(), total,
                    transposed[layer], 0, count, 0f, v, first, total);
        } else {
            Sgemm.gemm(false, false, rows, count, d.k(), 1f, v, d.sourceStart(), total, transposed[layer], 0, count,
                    0f, v, first, total);
        }
        ActivationFunction f = uniform[layer];
        for (int r = 0; r < rows; r++) {
            int base = r * total;
            if (f != null) {
                ActivationFunction.steepenSums(t.steepness(first), v, base + first, base + first + count);
                f.apply(v, base + first, base + first + count, v);
            } else {
                for (int n = first; n < first + count; n++) {
                    v[base + n] = t.activation(n).value(ActivationFunction.steepenedSum(t.steepness(n), v[base + n]));
                }
            }
            for (int n = first + count; n < first + t.layerSize(layer); n++) {
                v[base + n] = 1;
            }
        }
    }

    private void sparseLayer(int layer, float[] v, int rows, int total) {
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
