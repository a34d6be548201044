package dev.zenneural.ml.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fully connected layer, {@code y = x W^T + b}, with {@code W} stored {@code out x in} as
 * PyTorch's {@code nn.Linear} stores it, and initialised as it is: weights and bias uniform in
 * {@code [-1/sqrt(in), 1/sqrt(in)]}, drawn from the given seed. Every product is one matrix product on the {@link Compute} backend.
 */
public final class Linear implements Layer {

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;
    private float[] input;
    private float[] output;
    private float[] gradInput;

    /** A layer from {@code in} to {@code out} features, initialised from {@code random}. */
    public Linear(int in, int out, SplittableRandom random) {
        if (in < 1 || out < 1 || (long) in * out > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a linear layer needs 1 to 2^31 weights, got " + in + " -> " + out);
        }
        this.in = in;
        this.out = out;
        double bound = 1 / Math.sqrt(in);
        float[] w = new float[out * in];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextDouble(-bound, bound);
        }
        float[] b = new float[out];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextDouble(-bound, bound);
        }
        this.weight = new Parameter("weight " + out + "x" + in, w);
        this.bias = new Parameter("bias " + out, b);
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        input = x;
        output = Buffers.atLeast(output, rows * out);
        float[] b = bias.value();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(b, 0, output, r * out, out);
        }
        Compute.gemm(false, true, rows, out, in, 1f, x, 0, in, weight.value(), 0, in, 1f, output, 0, out);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        Compute.gemm(true, false, out, in, rows, 1f, gradOutput, 0, out, input, 0, in, 1f, weight.grad(), 0, in);
        float[] db = bias.grad();
        for (int r = 0; r < rows; r++) {
            int row = r * out;
            for (int j = 0; j < out; j++) {
                db[j] += gradOutput[row + j];
            }
        }
        gradInput = Buffers.atLeast(gradInput, rows * in);
        Compute.gemm(false, false, rows, in, out, 1f, gradOutput, 0, out, weight.value(), 0, in, 0f, gradInput, 0, in);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }
}
