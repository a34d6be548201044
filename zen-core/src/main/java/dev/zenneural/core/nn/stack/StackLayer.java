package dev.zenneural.core.nn.stack;

/**
 * One layer of a {@link DenseNet}'s branch: a dense block, a max pooling (N-HiTS's input
 * pooling), a recurrent layer, a causal convolution or a last step (a TCN's). Rows of {@code in()}
 * values in, rows of {@code out()} values out.
 */
public sealed interface StackLayer permits DenseBlock, MaxPoolBlock, RecurrentBlock, ConvBlock, LastStepBlock {

    /** The values a row has going in. */
    int in();

    /** The values a row has coming out. */
    int out();
}
