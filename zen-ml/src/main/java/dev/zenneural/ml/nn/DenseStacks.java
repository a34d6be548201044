package dev.zenneural.ml.nn;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseNet;
import java.util.ArrayList;
import java.util.List;

/**
 * zen-ml networks as zen-core {@link DenseNet}s, which a device trains whole
 * ({@link dev.zenneural.core.nn.stack.DenseStackTraining}): a {@link Sequential} of {@link Linear}
 * and {@link FixedLinear} layers, each followed by at most one {@link Relu} (MLP), or a {@link Sum}
 * of such sequences or single layers (NLinear, DLinear). Other layers (pooling, interpolation,
 * doubly residual stacks, recurrences, convolutions) have no device counterpart, and networks made
 * of them train on the host.
 */
public final class DenseStacks {

    /** What the device trains, for messages. */
    public static final String SUPPORTED = "Linear and fixed linear layers, each optionally followed by ReLU,"
            + " in sequence or summed over branches";

    private DenseStacks() {
    }

    /**
     * The net of {@code network}, its blocks sharing the network's arrays (the device copies them
     * when it starts).
     *
     * @throws IllegalArgumentException if {@code network} is not made of what the device trains,
     *     naming the first layer that is not
     */
    public static DenseNet of(Layer network) {
        List<List<DenseBlock>> branches = new ArrayList<>();
        if (network instanceof Sum sum) {
            List<Layer> own = sum.branches();
            for (int b = 0; b < own.size(); b++) {
                try {
                    branches.add(chain(own.get(b)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("branch " + b + ": " + e.getMessage(), e);
                }
            }
        } else {
            branches.add(chain(network));
        }
        return new DenseNet(branches);
    }

    private static List<DenseBlock> chain(Layer network) {
        List<Layer> layers = network instanceof Sequential s ? s.layers() : List.of(network);
        List<DenseBlock> blocks = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            boolean relu = i + 1 < layers.size() && layers.get(i + 1) instanceof Relu;
            if (layer instanceof Linear linear) {
                blocks.add(new DenseBlock(linear.inputSize(), linear.outputSize(), linear.weight().value(),
                        linear.bias().value(), relu, true));
            } else if (layer instanceof FixedLinear fixed) {
                blocks.add(new DenseBlock(fixed.inputSize(), fixed.outputSize(), fixed.matrix(),
                        new float[fixed.outputSize()], relu, false));
            } else {
                throw new IllegalArgumentException("layer " + i + " is a " + layer.getClass().getSimpleName()
                        + "; the device trains " + SUPPORTED);
            }
            if (relu) {
                i++;
            }
        }
        return blocks;
    }

    /**
     * Copies the trained blocks of {@code trained} into {@code network}'s parameters.
     *
     * @throws IllegalArgumentException if {@code trained} is not {@link #of}'s shape for this network
     */
    public static void load(Layer network, DenseNet trained) {
        List<List<DenseBlock>> own = of(network).branches();
        List<List<DenseBlock>> from = trained.branches();
        if (own.size() != from.size()) {
            throw new IllegalArgumentException("the network has " + own.size() + " branches; got " + from.size());
        }
        for (int b = 0; b < own.size(); b++) {
            if (own.get(b).size() != from.get(b).size()) {
                throw new IllegalArgumentException("branch " + b + " has " + own.get(b).size() + " dense blocks; got "
                        + from.get(b).size());
            }
            for (int i = 0; i < own.get(b).size(); i++) {
                DenseBlock to = own.get(b).get(i);
                DenseBlock source = from.get(b).get(i);
                if (to.in() != source.in() || to.out() != source.out() || to.relu() != source.relu()
                        || to.trainable() != source.trainable()) {
                    throw new IllegalArgumentException("block " + i + " of branch " + b + " is " + to.in() + " -> "
                            + to.out() + "; got " + source.in() + " -> " + source.out());
                }
                if (to.trainable()) {
                    System.arraycopy(source.weight(), 0, to.weight(), 0, to.weight().length);
                    System.arraycopy(source.bias(), 0, to.bias(), 0, to.bias().length);
                }
            }
        }
    }
}
