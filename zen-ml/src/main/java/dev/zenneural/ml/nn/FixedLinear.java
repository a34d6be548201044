package dev.zenneural.ml.nn;

import java.util.List;

/**
 * A linear map with a fixed matrix ({@code out x in}, not trained): interpolation, pooling-free
 * bases such as N-BEATS's polynomial and Fourier ones. {@code y = x M^T}.
 */
public final class FixedLinear implements Layer {

    private final int in;
    private final int out;
    private final float[] matrix;
    private float[] output;
    private float[] gradInput;

    /** The map by {@code matrix}, {@code out x in} row-major (copied). */
    public FixedLinear(int in, int out, float[] matrix) {
        if (in < 1 || out < 1 || matrix.length != in * out) {
            throw new IllegalArgumentException("a fixed map " + in + " -> " + out + " needs " + (long) in * out
                    + " matrix values, got " + matrix.length);
        }
        this.in = in;
        this.out = out;
        this.matrix = matrix.clone();
    }

    /** The matrix, live: for {@link DenseStacks}, which copies it to a device and never writes it. */
    float[] matrix() {
        return matrix;
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
        Compute.gemm(false, true, rows, out, in, 1f, x, 0, in, matrix, 0, in, 0f, output, 0, out);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * in);
        Compute.gemm(false, false, rows, in, out, 1f, gradOutput, 0, out, matrix, 0, in, 0f, gradInput, 0, in);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
