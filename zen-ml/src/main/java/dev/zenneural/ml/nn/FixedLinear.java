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
    private final boolean identity;
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
        this.identity = isIdentity(in, out, this.matrix);
    }

    private static boolean isIdentity(int in, int out, float[] m) {
        if (in != out) {
            return false;
        }
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < in; j++) {
                if (m[i * in + j] != (i == j ? 1f : 0f)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code y = x}, as the identity's product computes it to the bit for finite x: its sum starts
     * from +0, so -0 comes out +0 ({@code + 0f} does the same). N-BEATS's and N-HiTS's backcasts are
     * identities, where a product would cost {@code in} multiply-adds per value for a copy.
     */
    private static void copy(float[] x, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = x[i] + 0f;
        }
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
        if (identity) {
            copy(x, output, rows * out);
        } else {
            Compute.gemm(false, true, rows, out, in, 1f, x, 0, in, matrix, 0, in, 0f, output, 0, out);
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * in);
        if (identity) {
            copy(gradOutput, gradInput, rows * in);
        } else {
            Compute.gemm(false, false, rows, in, out, 1f, gradOutput, 0, out, matrix, 0, in, 0f, gradInput, 0, in);
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
