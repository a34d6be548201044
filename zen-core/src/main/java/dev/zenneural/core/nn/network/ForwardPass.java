package dev.zenneural.core.nn.network;

import dev.zenneural.core.nn.activation.ActivationFunction;

/**
 * One row through a network, computed as libfann's {@code fann_run} (float build) computes it, to
 * the float bit up to the activation functions' {@code libm} differences: the weighted sum of each
 * neuron in FANN's summation order, multiplied by the steepness and clamped to
 * {@code +-150 / steepness}, then the activation function. Allocates nothing.
 */
public final class ForwardPass {

    private ForwardPass() {
    }

    /**
     * Computes every neuron's value and sum into {@code state} for the input row at
     * {@code input[inputOffset ...]}; does not check the input for NaN.
     *
     * @throws IllegalArgumentException if the weights or the state do not fit the topology
     */
    public static void run(Topology t, float[] weights, float[] input, int inputOffset, NeuronState state) {
        if (weights.length != t.totalConnections()) {
            throw new IllegalArgumentException("expected " + t.totalConnections() + " weights, got " + weights.length);
        }
        if (state.size() != t.totalNeurons()) {
            throw new IllegalArgumentException("the neuron state holds " + state.size() + " neurons; the network has "
                    + t.totalNeurons());
        }
        float[] values = state.values();
        float[] sums = state.sums();
        int numInputs = t.numInputs();
        System.arraycopy(input, inputOffset, values, 0, numInputs);
        values[numInputs] = 1;
        sums[numInputs] = 0;
        int[] sources = t.sourcesArray();
        for (int layer = 1; layer < t.numLayers(); layer++) {
            DenseLayer dense = t.dense(layer);
            int end = t.layerStart(layer) + t.layerSize(layer);
            for (int n = t.layerStart(layer); n < end; n++) {
                int first = t.connectionStart(n);
                int count = t.connectionCount(n);
                if (count == 0) {
                    values[n] = 1;
                    sums[n] = 0;
                    continue;
                }
                float sum = dense != null
                        ? denseSum(weights, first, values, dense.sourceStart(), count)
                        : sparseSum(weights, first, values, sources, count);
                float steepness = t.steepness(n);
                ActivationFunction f = t.activation(n);
                float steepened = ActivationFunction.steepenedSum(steepness, sum);
                sums[n] = steepened;
                values[n] = f.value(steepened);
            }
        }
    }

    /**
     * FANN's unrolled dot product: the {@code count % 4} leading terms one by one from the highest,
     * then groups of four, each group summed before it is added.
     */
    static float denseSum(float[] w, int wOff, float[] v, int vOff, int count) {
        float sum = 0;
        int i = count & 3;
        if (i == 3) {
            sum += w[wOff + 2] * v[vOff + 2];
        }
        if (i >= 2) {
            sum += w[wOff + 1] * v[vOff + 1];
        }
        if (i >= 1) {
            sum += w[wOff] * v[vOff];
        }
        for (; i != count; i += 4) {
            sum += w[wOff + i] * v[vOff + i] + w[wOff + i + 1] * v[vOff + i + 1]
                    + w[wOff + i + 2] * v[vOff + i + 2] + w[wOff + i + 3] * v[vOff + i + 3];
        }
        return sum;
    }

    /** {@link #denseSum} with the sources looked up per connection, as libfann does for sparse networks. */
    static float sparseSum(float[] w, int wOff, float[] v, int[] src, int count) {
        float sum = 0;
        int i = count & 3;
        if (i == 3) {
            sum += w[wOff + 2] * v[src[wOff + 2]];
        }
        if (i >= 2) {
            sum += w[wOff + 1] * v[src[wOff + 1]];
        }
        if (i >= 1) {
            sum += w[wOff] * v[src[wOff]];
        }
        for (; i != count; i += 4) {
            int c = wOff + i;
            sum += w[c] * v[src[c]] + w[c + 1] * v[src[c + 1]] + w[c + 2] * v[src[c + 2]] + w[c + 3] * v[src[c + 3]];
        }
        return sum;
    }
}
