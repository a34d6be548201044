package dev.zenneural.core.nn.stack;

/**
 * Max pooling along a row in windows of {@code kernel}, stride {@code kernel}, the last window
 * possibly shorter (PyTorch's {@code MaxPool1d(kernel, stride=kernel, ceil_mode=True)}); the
 * gradient goes to each window's first maximum. No parameters.
 *
 * @param in the values a row has; at least 1
 * @param kernel the window; at least 1
 */
public record MaxPoolBlock(int in, int kernel) implements StackLayer {

    /** Checks the sizes. */
    public MaxPoolBlock {
        if (in < 1 || kernel < 1) {
            throw new IllegalArgumentException("pooling needs in >= 1 and kernel >= 1, got " + in + " and " + kernel);
        }
    }

    /** The windows: {@code ceil(in / kernel)}. */
    @Override
    public int out() {
        return (in + kernel - 1) / kernel;
    }
}
