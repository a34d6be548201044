package dev.zenneural.ml.nn;

import dev.zenneural.core.nn.stack.DenseBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * zen-ml networks as zen-core {@link DenseBlock}s, which a device trains whole
 * ({@link dev.zenneural.core.nn.stack.DenseStackTraining}): a {@link Sequential} of {@link Linear}
 * layers, each followed by at most one {@link Relu}, as {@link Mlps#reluMlp} builds without a
 * prefix. Other layers (fixed maps, sums of branches, pooling, recurrences) have no device
 * counterpart, and networks made of them train on the host.
 */
public final class DenseStacks {

    /** What the device trains, for messages. */
    public static final String SUPPORTED = "a sequence of Linear layers, each optionally followed by ReLU";

    private DenseStacks() {
    }

    /**
     * The blocks of {@code network}, sharing its parameter arrays (the device copies them when it starts).
     *
     * @throws IllegalArgumentException if {@code network} is not {@value #SUPPORTED}, naming the first
     *     layer that is not
     */
    public static List<DenseBlock> of(Layer network) {
        List<Layer> layers = network instanceof Sequential s ? s.layers() : List.of(network);
        List<DenseBlock> blocks = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof Linear linear)) {
                throw unsupported(layers.get(i), i);
            }
            boolean relu = i + 1 < layers.size() && layers.get(i + 1) instanceof Relu;
            blocks.add(new DenseBlock(linear.inputSize(), linear.outputSize(), linear.weight().value(),
                    linear.bias().value(), relu));
            if (relu) {
                i++;
            }
        }
        return blocks;
    }

    /**
     * Copies trained blocks into {@code network}'s parameters.
     *
     * @throws IllegalArgumentException if the blocks are not {@link #of}'s for this network
     */
    public static void load(Layer network, List<DenseBlock> trained) {
        List<DenseBlock> own = of(network);
        if (own.size() != trained.size()) {
            throw new IllegalArgumentException("the network has " + own.size() + " dense blocks; got " + trained.size());
        }
        for (int i = 0; i < own.size(); i++) {
            DenseBlock to = own.get(i);
            DenseBlock from = trained.get(i);
            if (to.in() != from.in() || to.out() != from.out() || to.relu() != from.relu()) {
                throw new IllegalArgumentException("block " + i + " is " + to.in() + " -> " + to.out() + "; got "
                        + from.in() + " -> " + from.out());
            }
            System.arraycopy(from.weight(), 0, to.weight(), 0, to.weight().length);
            System.arraycopy(from.bias(), 0, to.bias(), 0, to.bias().length);
        }
    }

    private static IllegalArgumentException unsupported(Layer layer, int index) {
        return new IllegalArgumentException("layer " + index + " is a " + layer.getClass().getSimpleName()
                + "; the device trains " + SUPPORTED);
    }
}
