package dev.zenneural.ml.nn;

import java.util.List;

/**
 * Max pooling along the input, kernel and stride {@code kernel}, the last window possibly shorter
 * (PyTorch's {@code MaxPool1d(kernel, stride=kernel, ceil_mode=True)}, as N-HiTS uses it). The
 * gradient goes to each window's (first) maximum.
 */
public final class MaxPool implements Layer {

    private final int in;
    private final int kernel;
    private final int out;
    private int[] argmax;
    private float[] output;
    private float[] gradInput;

    /** Pooling {@code in} values in windows of {@code kernel}. */
    public MaxPool(int in, int kernel) {
        if (in < 1 || kernel < 1) {
            throw new IllegalArgumentException("pooling needs in >= 1 and kernel >= 1, got " + in + " and " + kernel);
        }
        this.in = in;
        this.kernel = kernel;
        this.out = (in + kernel - 1) / kernel;
    }

    /** The window, which is also the stride. */
    int kernel() {
        return kernel;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        output = Buffers.atLeast(output, rows * out);
        if (argmax == null || argmax.length < rows * out) {
            argmax = new int[rows * out];
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < out; j++) {
                int from = r * in + j * kernel;
                int to = Math.min(from + kernel, (r + 1) * in);
                int best = from;
                for (int i = from + 1; i < to; i++) {
                    if (x[i] > x[best]) {
                        best = i;
                    }
                }
                output[r * out + j] = x[best];
                argmax[r * out + j] = best;
            }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * in);
        java.util.Arrays.fill(gradInput, 0, rows * in, 0f);
        for (int i = 0; i < rows * out; i++) {
            gradInput[argmax[i]] += gradOutput[i];
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
