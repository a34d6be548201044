package dev.zenneural.core.nn.network;

import dev.zenneural.core.kernel.RowKernel;
import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.nn.activation.ActivationFunction;

/**
 * The single-row forward pass of {@link Network#run(float[], float[])}: built once per network,
 * immutable, thread-safe, allocation-free per call.
 *
 * <p>A fully connected layer of at least {@link #MIN_AXPY_COUNT} neurons keeps its weights one row
 * per source neuron, twice. A row whose sources are more than a third non-zero sums all of them in
 * libfann's order, so the sums are {@link ForwardPass}'s to the bit: on the vector {@link RowKernel}
 * once its warm-up has made it the current one (each neuron's sum held in a vector lane), before
 * that and on JVMs without it as {@code sums[j] += x_i * w_i[j]} over separate arrays per source,
 * in that order. A row of mostly zeros (one-hot inputs such as mushroom's) runs the same loops
 * four sources per pass over the non-zero sources only: loops that C2 turns into vector
 * instructions (separate arrays because C2 on JDK 17 does not vectorize reads of one array at
 * several loop-invariant offsets; see the kernel's {@code Sgemm}); skipping a source whose value is
 * exactly 0 changes no sum when every weight of the layer is finite, so layers with a non-finite
 * weight do not skip. Which way a row goes depends on the row alone, never on the warm-up. Narrow
 * dense layers use FANN's dot product ({@link ForwardPass#denseSum}), sparse layers the
 * per-connection sums ({@link ForwardPass#sparseSum}).
 *
 * <p>Each neuron then gets the steepened, clamped sum and the activation as in {@link ForwardPass}.
 * Only the order of the additions in the skipping loops differs from libfann's (and
 * {@link ForwardPass}'s), so rows of mostly zeros can differ in the last bits of the float sums (a
 * relative 1e-6 or so), never more.
 */
final class RowForward {

    /** The narrowest dense layer worth the transposed (AXPY) form; below it, dot products. */
    static final int MIN_AXPY_COUNT = 8;

    private final Topology t;
    private final float[] weights;
    private final Layer[] layers;

    /** One non-input layer: its neuron range and how its sums are computed. */
    private static final class Layer {
        final int first;
        final int end;
        /** Neurons with connections: {@code first .. first + count}; dense layers only. */
        final DenseLayer dense;
        /** Transposed weights, {@code rows[i][j]} = weight from source {@code i} to neuron {@code j}; or null. */
        final float[][] rows;
        /** The same weights for the row kernel, {@code packed[i * stride + j]}; null where {@link #rows} is. */
        final float[] packed;
        final int stride;
        final boolean skipZeros;
        /** The activation of every neuron with connections, when they all share it; else null. */
        final ActivationFunction uniform;
        final float steepness;
        final float maxSum;

        Layer(int first, int end, DenseLayer dense, float[][] rows, float[] packed, int stride, boolean skipZeros,
                ActivationFunction uniform, float steepness) {
            this.first = first;
            this.end = end;
            this.dense = dense;
            this.rows = rows;
            this.packed = packed;
            this.stride = stride;
            this.skipZeros = skipZeros;
            this.uniform = uniform;
            this.steepness = steepness;
            this.maxSum = 150 / steepness;
        }
    }

    RowForward(Topology t, float[] weights) {
        this.t = t;
        this.weights = weights;
        this.layers = new Layer[t.numLayers()];
        for (int layer = 1; layer < t.numLayers(); layer++) {
            layers[layer] = plan(t, weights, layer);
        }
    }

    private static Layer plan(Topology t, float[] weights, int layer) {
        int first = t.layerStart(layer);
        int end = first + t.layerSize(layer);
        DenseLayer d = t.dense(layer);
        ActivationFunction uniform = t.sharedActivation(layer).orElse(null);
        float steepness = uniform != null ? t.steepness(first) : 1;
        float[][] rows = null;
        float[] packed = null;
        int stride = 0;
        boolean finite = true;
        if (d != null && d.count() >= MIN_AXPY_COUNT) {
            rows = new float[d.k()][d.count()];
            stride = RowKernels.stride(d.count());
            packed = new float[d.k() * stride];
            for (int j = 0; j < d.count(); j++) {
                int from = d.weightStart() + j * d.k();
                for (int i = 0; i < d.k(); i++) {
                    float w = weights[from + i];
                    rows[i][j] = w;
                    packed[i * stride + j] = w;
                    finite &= Float.isFinite(w);
                }
            }
        }
        return new Layer(first, end, d, rows, packed, stride, finite, uniform, steepness);
    }

    /**
     * Computes every neuron's value and steepened sum into {@code state} for the row at
     * {@code input[inputOffset ...]} (not checked for NaN); {@code state} must fit the network.
     */
    void run(float[] input, int inputOffset, NeuronState state) {
        float[] values = state.values();
        float[] sums = state.sums();
        int numInputs = t.numInputs();
        System.arraycopy(input, inputOffset, values, 0, numInputs);
        values[numInputs] = 1;
        sums[numInputs] = 0;
        for (int layer = 1; layer < layers.length; layer++) {
            Layer l = layers[layer];
            int active;
            if (l.rows != null) {
                axpyLayer(l, values, sums, state);
                active = l.first + l.dense.count();
            } else if (l.dense != null) {
                dotLayer(l, values, sums, state);
                active = l.first + l.dense.count();
            } else {
                sparseLayer(l, values, sums);
                active = l.first;
            }
            for (int n = active; n < l.end; n++) {
                if (t.connectionCount(n) == 0) {
                    values[n] = 1;
                    sums[n] = 0;
                }
            }
        }
    }

    private void axpyLayer(Layer l, float[] values, float[] sums, NeuronState state) {
        DenseLayer d = l.dense;
        int count = d.count();
        int k = d.k();
        int src = d.sourceStart();
        float[] acc = state.accumulator();
        int[] idx = state.indices();
        int nz = 0;
        if (l.skipZeros) {
            for (int i = 0; i < k; i++) {
                idx[nz] = i;
                nz += values[src + i] != 0f ? 1 : 0;
            }
        } else {
            for (int i = 0; i < k; i++) {
                idx[i] = i;
            }
            nz = k;
        }
        float[][] rows = l.rows;
        // Rows of more than a third non-zero sum every source in libfann's order, on the vector kernel
        // once warm, before that (or without one) in the loops below, which give the same bits: so a
        // row's outputs do not change when the kernel takes over. Rows of fewer (mushroom's one-hot
        // inputs: 23 of 126) skip the zeros: the kernel would sum five times as many sources there.
        if (3 * nz > k) {
            RowKernel vector = RowKernels.vectorIfWarm();
            if (vector != null) {
                vector.sums(l.packed, l.stride, k, values, src, acc, count);
            } else {
                libfannOrder(acc, count, k, values, src, rows);
            }
            finish(l, acc, count, values, sums);
            return;
        }
        java.util.Arrays.fill(acc, 0, count, 0f);
        int p = 0;
        for (; p + 3 < nz; p += 4) {
            int i0 = idx[p];
            int i1 = idx[p + 1];
            int i2 = idx[p + 2];
            int i3 = idx[p + 3];
            axpy4(acc, count, values[src + i0], rows[i0], values[src + i1], rows[i1], values[src + i2], rows[i2],
                    values[src + i3], rows[i3]);
        }
        for (; p < nz; p++) {
            int i = idx[p];
            axpy1(acc, count, values[src + i], rows[i]);
        }
        finish(l, acc, count, values, sums);
    }

    /**
     * {@link ForwardPass#denseSum}'s order for every neuron at once: the {@code k % 4} leading sources
     * one by one from the highest, then groups of four, each group summed before it is added (as
     * {@link #axpy4} does).
     */
    private static void libfannOrder(float[] acc, int count, int k, float[] values, int src, float[][] rows) {
        java.util.Arrays.fill(acc, 0, count, 0f);
        int lead = k & 3;
        for (int t = lead - 1; t >= 0; t--) {
            axpy1(acc, count, values[src + t], rows[t]);
        }
        for (int i = lead; i < k; i += 4) {
            axpy4(acc, count, values[src + i], rows[i], values[src + i + 1], rows[i + 1], values[src + i + 2],
                    rows[i + 2], values[src + i + 3], rows[i + 3]);
        }
    }

    private static void axpy4(float[] acc, int count, float x0, float[] r0, float x1, float[] r1, float x2,
            float[] r2, float x3, float[] r3) {
        for (int j = 0; j < count; j++) {
            acc[j] += x0 * r0[j] + x1 * r1[j] + x2 * r2[j] + x3 * r3[j];
        }
    }

    private static void axpy1(float[] acc, int count, float x, float[] r) {
        for (int j = 0; j < count; j++) {
            acc[j] += x * r[j];
        }
    }

    /** Steepness, clamp and activation of the layer's first {@code count} neurons from their sums. */
    private void finish(Layer l, float[] acc, int count, float[] values, float[] sums) {
        int first = l.first;
        ActivationFunction f = l.uniform;
        if (f != null) {
            float steepness = l.steepness;
            float maxSum = l.maxSum;
            for (int j = 0; j < count; j++) {
                float s = steepness * acc[j];
                s = s > maxSum ? maxSum : s < -maxSum ? -maxSum : s;
                sums[first + j] = s;
            }
            // In bulk: the sigmoids run on vectors there, with the bits of value() one at a time.
            f.apply(sums, first, first + count, values);
        } else {
            for (int j = 0; j < count; j++) {
                int n = first + j;
                float s = ActivationFunction.steepenedSum(t.steepness(n), acc[j]);
                sums[n] = s;
                values[n] = t.activation(n).value(s);
            }
        }
    }

    private void dotLayer(Layer l, float[] values, float[] sums, NeuronState state) {
        DenseLayer d = l.dense;
        int k = d.k();
        int count = d.count();
        int w = d.weightStart();
        int src = d.sourceStart();
        float[] acc = state.accumulator();
        for (int j = 0; j < count; j++, w += k) {
            acc[j] = ForwardPass.denseSum(weights, w, values, src, k);
        }
        // As the wide layers: a shared steepness and activation read once, the activations in bulk. xor's
        // 2-3-1 rows ran 0.92-1.34 times as fast (median 1.13, 14 JVMs each by turns) as with both looked up
        // neuron by neuron.
        finish(l, acc, count, values, sums);
    }

    private void sparseLayer(Layer l, float[] values, float[] sums) {
        int[] sources = t.sourcesArray();
        for (int n = l.first; n < l.end; n++) {
            int count = t.connectionCount(n);
            if (count == 0) {
                continue;
            }
            float sum = ForwardPass.sparseSum(weights, t.connectionStart(n), values, sources, count);
            float s = ActivationFunction.steepenedSum(t.steepness(n), sum);
            sums[n] = s;
            values[n] = t.activation(n).value(s);
        }
    }
}
