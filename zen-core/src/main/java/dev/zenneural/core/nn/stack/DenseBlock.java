package dev.zenneural.core.nn.stack;

import java.util.Objects;

/**
 * One fully connected layer of a stack, {@code y = x W^T + b}, optionally followed by ReLU:
 * {@code W} is {@code out x in}, row-major, as PyTorch's {@code nn.Linear} stores it. A frozen
 * block (not {@code trainable}) is a fixed map that training leaves as it is: a decomposition, a
 * basis, a skip connection. The arrays are the caller's (not copied): a {@link DenseStackTraining}
 * copies them to its device when it starts.
 *
 * @param in the layer's inputs; at least 1
 * @param out the layer's outputs; at least 1
 * @param weight {@code out * in} weights
 * @param bias {@code out} biases
 * @param relu whether ReLU follows the affine map
 * @param trainable whether training updates the weights and biases
 */
public record DenseBlock(int in, int out, float[] weight, float[] bias, boolean relu, boolean trainable)
        implements StackLayer {

    /** Checks that the arrays fit the sizes. */
    public DenseBlock {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(bias, "bias");
        if (in < 1 || out < 1 || (long) in * out > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a dense block needs 1 to 2^31 weights, got " + in + " -> " + out);
        }
        if (weight.length != in * out || bias.length != out) {
            throw new IllegalArgumentException("a dense block " + in + " -> " + out + " needs " + in * out
                    + " weights and " + out + " biases, got " + weight.length + " and " + bias.length);
        }
    }
}
