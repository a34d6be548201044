package dev.zenneural.ml.nn;

import java.util.List;

/** {@code max(0, x)} element-wise; its gradient passes where the input was positive. */
public final class Relu implements Layer {

    private final int size;
    private float[] input;
    private float[] output;
    private float[] gradInput;

    /** A ReLU over {@code size} features. */
    public Relu(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        this.size = size;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        input = x;
        int n = rows * size;
        output = Buffers.atLeast(output, n);
        for (int i = 0; i < n; i++) {
            output[i] = Math.max(0f, x[i]);
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        int n = rows * size;
        gradInput = Buffers.atLeast(gradInput, n);
        for (int i = 0; i < n; i++) {
            gradInput[i] = input[i] > 0 ? gradOutput[i] : 0f;
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
