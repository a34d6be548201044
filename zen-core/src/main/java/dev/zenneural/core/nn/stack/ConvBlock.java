package dev.zenneural.core.nn.stack;

import java.util.Objects;

/**
 * A dilated causal 1-D convolution of a stack, optionally followed by ReLU: rows of {@code steps x
 * inChannels} values in, {@code steps x outChannels} out, {@code y[t] = b + sum_k W_k x[t - k *
 * dilation]} with zeros before the row's start (zen-ml's {@code CausalConv}, a TCN's layer). Tap
 * {@code k}'s matrix {@code W_k} ({@code outChannels x inChannels}, row-major) starts at {@code k *
 * outChannels * inChannels} of {@code weight}; tap 0 reads the current step. Always trained. The
 * arrays are the caller's (not copied), as a {@link DenseBlock}'s.
 *
 * @param steps the steps of a row; at least 1
 * @param inChannels the values per step going in; at least 1
 * @param outChannels the values per step coming out; at least 1
 * @param kernelSize the taps; at least 1
 * @param dilation the steps between taps; at least 1
 * @param weight {@code kernelSize * outChannels * inChannels} weights
 * @param bias {@code outChannels} biases
 * @param relu whether ReLU follows the convolution
 */
public record ConvBlock(int steps, int inChannels, int outChannels, int kernelSize, int dilation, float[] weight,
        float[] bias, boolean relu) implements StackLayer {

    /** Checks that the sizes are positive and the arrays fit them. */
    public ConvBlock {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(bias, "bias");
        if (steps < 1 || inChannels < 1 || outChannels < 1 || kernelSize < 1 || dilation < 1) {
            throw new IllegalArgumentException("a convolution needs steps, channels, kernel size and dilation >= 1, got "
                    + steps + ", " + inChannels + " -> " + outChannels + ", " + kernelSize + ", " + dilation);
        }
        long width = (long) steps * Math.max(inChannels, outChannels);
        long weights = (long) kernelSize * outChannels * inChannels;
        if (width > Integer.MAX_VALUE - 8 || weights > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a convolution needs rows and weights of up to 2^31 values, got "
                    + width + " and " + weights);
        }
        if (weight.length != weights || bias.length != outChannels) {
            throw new IllegalArgumentException("a convolution of " + kernelSize + " taps " + inChannels + " -> "
                    + outChannels + " needs " + weights + " weights and " + outChannels + " biases, got "
                    + weight.length + " and " + bias.length);
        }
    }

    @Override
    public int in() {
        return steps * inChannels;
    }

    @Override
    public int out() {
        return steps * outChannels;
    }
}
