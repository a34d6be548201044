package dev.zenneural.ml.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A dilated causal 1-D convolution over a window ({@code steps x inChannels} in,
 * {@code steps x outChannels} out): {@code y[t] = b + sum_k W_k x[t - k * dilation]}, with zeros
 * before the window's start, so step {@code t} never sees a later step (the building block of a
 * temporal convolutional network). Initialised as PyTorch's {@code Conv1d}: uniform in
 * {@code +-1/sqrt(inChannels * kernelSize)}. Each tap of each row is one matrix product on the {@link Compute} backend.
 */
public final class CausalConv implements Layer {

    private final int steps;
    private final int inChannels;
    private final int outChannels;
    private final int kernelSize;
    private final int dilation;
    private final Parameter weight;
    private final Parameter bias;
    private float[] input;
    private float[] output;
    private float[] gradInput;

    /** A convolution of {@code kernelSize} taps {@code dilation} steps apart. */
    public CausalConv(int steps, int inChannels, int outChannels, int kernelSize, int dilation,
            SplittableRandom random) {
        if (steps < 1 || inChannels < 1 || outChannels < 1 || kernelSize < 1 || dilation < 1) {
            throw new IllegalArgumentException("steps, channels, kernel size and dilation must be >= 1");
        }
        this.steps = steps;
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelSize = kernelSize;
        this.dilation = dilation;
        double bound = 1 / Math.sqrt((double) inChannels * kernelSize);
        float[] w = new float[kernelSize * outChannels * inChannels];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextDouble(-bound, bound);
        }
        float[] b = new float[outChannels];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextDouble(-bound, bound);
        }
        // Tap k's matrix (out x in) is at k * out * in; tap 0 reads the current step.
        this.weight = new Parameter("conv weight " + kernelSize + "x" + outChannels + "x" + inChannels, w);
        this.bias = new Parameter("conv bias " + outChannels, b);
    }

    public int steps() {
        return steps;
    }

    public int inChannels() {
        return inChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    public int kernelSize() {
        return kernelSize;
    }

    public int dilation() {
        return dilation;
    }

    /** The taps' weights, tap {@code k}'s {@code outChannels x inChannels} matrix at {@code k * out * in}. */
    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    @Override
    public int inputSize() {
        return steps * inChannels;
    }

    @Override
    public int outputSize() {
        return steps * outChannels;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        input = x;
        output = Buffers.atLeast(output, rows * outputSize());
        float[] w = weight.value();
        for (int r = 0; r < rows; r++) {
            int outRow = r * outputSize();
            for (int t = 0; t < steps; t++) {
                System.arraycopy(bias.value(), 0, output, outRow + t * outChannels, outChannels);
            }
            for (int k = 0; k < kernelSize; k++) {
                int shift = k * dilation;
                if (shift >= steps) {
                    break;
                }
                Compute.gemm(false, true, steps - shift, outChannels, inChannels, 1f, x, r * inputSize(), inChannels, w,
                        k * outChannels * inChannels, inChannels, 1f, output, outRow + shift * outChannels,
                        outChannels);
            }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * inputSize());
        java.util.Arrays.fill(gradInput, 0, rows * inputSize(), 0f);
        float[] w = weight.value();
        float[] dw = weight.grad();
        float[] db = bias.grad();
        for (int r = 0; r < rows; r++) {
            int outRow = r * outputSize();
            for (int i = 0; i < outputSize(); i++) {
                db[i % outChannels] += gradOutput[outRow + i];
            }
            for (int k = 0; k < kernelSize; k++) {
                int shift = k * dilation;
                if (shift >= steps) {
                    break;
                }
                int n = steps - shift;
                Compute.gemm(true, false, outChannels, inChannels, n, 1f, gradOutput, outRow + shift * outChannels,
                        outChannels, input, r * inputSize(), inChannels, 1f, dw, k * outChannels * inChannels,
                        inChannels);
                Compute.gemm(false, false, n, inChannels, outChannels, 1f, gradOutput, outRow + shift * outChannels,
                        outChannels, w, k * outChannels * inChannels, inChannels, 1f, gradInput, r * inputSize(),
                        inChannels);
            }
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }
}
