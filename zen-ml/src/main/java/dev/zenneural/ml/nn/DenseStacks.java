package dev.zenneural.ml.nn;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.LastStepBlock;
import dev.zenneural.core.nn.stack.MaxPoolBlock;
import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * zen-ml networks as zen-core {@link DenseNet}s, which a device trains whole
 * ({@link dev.zenneural.core.nn.stack.DenseStackTraining}): a {@link Sequential} of {@link Linear}
 * and {@link FixedLinear} layers and {@link CausalConv}s, each followed by at most one {@link Relu},
 * {@link MaxPool}s, {@link LastStep}s and {@link Recurrent} layers, nested sequences flattened (MLP;
 * TCN; RNN, LSTM and GRU, whose decoders are nested sequences), a {@link Sum} of such sequences or
 * single layers (NLinear, DLinear), or a {@link DoublyResidual} stack of {@link BasisBlock}s whose
 * trunks are such sequences and whose bases are fixed (N-BEATS, N-HiTS): every zen-ml model. Other
 * layers (a caller's own) have no device counterpart, and networks made of them train on the host.
 */
public final class DenseStacks {

    /** What the device trains, for messages. */
    public static final String SUPPORTED = "Linear and fixed linear layers and causal convolutions, each optionally"
            + " followed by ReLU, max pooling, last steps and recurrent layers (RNN, GRU, LSTM), in sequence, summed"
            + " over branches, or as N-BEATS/N-HiTS blocks with fixed bases";

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
        if (network instanceof Sum sum) {
            return new DenseNet(branches(sum.branches(), "branch", DenseStacks::chain), DenseNet.Combination.SUM);
        }
        if (network instanceof DoublyResidual stack) {
            return new DenseNet(branches(stack.blocks(), "block", DenseStacks::basisChain),
                    DenseNet.Combination.DOUBLY_RESIDUAL);
        }
        return DenseNet.chain(chain(network));
    }

    /** Each of {@code layers} as a chain, a failure naming which ({@code what} and its index). */
    private static List<List<StackLayer>> branches(List<Layer> layers, String what,
            Function<Layer, List<StackLayer>> chain) {
        List<List<StackLayer>> branches = new ArrayList<>();
        for (int b = 0; b < layers.size(); b++) {
            try {
                branches.add(chain.apply(layers.get(b)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " " + b + ": " + e.getMessage(), e);
            }
        }
        return branches;
    }

    /**
     * An N-BEATS block: its trunk, then one frozen block for both bases, block-diagonal (the
     * backcast's coefficients to the backcast, the forecast's to the forecast), which computes the
     * same sums as the two bases apart.
     */
    private static List<StackLayer> basisChain(Layer layer) {
        if (!(layer instanceof BasisBlock block)) {
            throw unsupported(layer, 0);
        }
        if (!(block.backcastBasis() instanceof FixedLinear back)) {
            throw new IllegalArgumentException("its backcast basis is a " + block.backcastBasis().getClass()
                    .getSimpleName() + "; the device trains " + SUPPORTED);
        }
        if (!(block.forecastBasis() instanceof FixedLinear fore)) {
            throw new IllegalArgumentException("its forecast basis is a " + block.forecastBasis().getClass()
                    .getSimpleName() + "; the device trains " + SUPPORTED);
        }
        List<StackLayer> chain = new ArrayList<>(chain(block.trunk()));
        int thetaB = back.inputSize();
        int thetaF = fore.inputSize();
        int nb = back.outputSize();
        int nf = fore.outputSize();
        float[] both = new float[(nb + nf) * (thetaB + thetaF)];
        for (int r = 0; r < nb; r++) {
            System.arraycopy(back.matrix(), r * thetaB, both, r * (thetaB + thetaF), thetaB);
        }
        for (int r = 0; r < nf; r++) {
            System.arraycopy(fore.matrix(), r * thetaF, both, (nb + r) * (thetaB + thetaF) + thetaB, thetaF);
        }
        chain.add(new DenseBlock(thetaB + thetaF, nb + nf, both, new float[nb + nf], false, false));
        return chain;
    }

    private static List<StackLayer> chain(Layer network) {
        List<Layer> layers = flat(network, new ArrayList<>());
        List<StackLayer> chain = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            boolean relu = i + 1 < layers.size() && layers.get(i + 1) instanceof Relu;
            if (layer instanceof Linear linear) {
                chain.add(new DenseBlock(linear.inputSize(), linear.outputSize(), linear.weight().value(),
                        linear.bias().value(), relu, true));
            } else if (layer instanceof FixedLinear fixed) {
                chain.add(new DenseBlock(fixed.inputSize(), fixed.outputSize(), fixed.matrix(),
                        new float[fixed.outputSize()], relu, false));
            } else if (layer instanceof CausalConv conv) {
                chain.add(new ConvBlock(conv.steps(), conv.inChannels(), conv.outChannels(), conv.kernelSize(),
                        conv.dilation(), conv.weight().value(), conv.bias().value(), relu));
            } else if (layer instanceof MaxPool pool && !relu) {
                chain.add(new MaxPoolBlock(pool.inputSize(), pool.kernel()));
            } else if (layer instanceof LastStep last && !relu) {
                chain.add(new LastStepBlock(last.steps(), last.channels()));
            } else if (layer instanceof Recurrent recurrent && !relu) {
                chain.add(new RecurrentBlock(RecurrentBlock.Cell.valueOf(recurrent.cell().name()),
                        recurrent.features(), recurrent.hidden(), recurrent.steps(), recurrent.everyStep(),
                        recurrent.inputWeight().value(), recurrent.recurrentWeight().value(),
                        recurrent.inputBias().value(), recurrent.recurrentBias().value()));
            } else {
                throw unsupported(layer, i);
            }
            if (relu) {
                i++;
            }
        }
        return chain;
    }

    /**
     * The layers of {@code network} in order, those of nested sequences (a TCN's or an RNN's decoder)
     * in their place.
     */
    private static List<Layer> flat(Layer network, List<Layer> into) {
        if (network instanceof Sequential s) {
            for (Layer layer : s.layers()) {
                flat(layer, into);
            }
        } else {
            into.add(network);
        }
        return into;
    }

    private static IllegalArgumentException unsupported(Layer layer, int index) {
        return new IllegalArgumentException("layer " + index + " is a " + layer.getClass().getSimpleName()
                + "; the device trains " + SUPPORTED);
    }

    /**
     * Copies the trained blocks of {@code trained} into {@code network}'s parameters.
     *
     * @throws IllegalArgumentException if {@code trained} is not {@link #of}'s shape for this network
     */
    public static void load(Layer network, DenseNet trained) {
        DenseNet mine = of(network);
        if (mine.combination() != trained.combination()) {
            throw new IllegalArgumentException("the network's branches combine as " + mine.combination() + "; got "
                    + trained.combination());
        }
        List<List<StackLayer>> own = mine.branches();
        List<List<StackLayer>> from = trained.branches();
        if (own.size() != from.size()) {
            throw new IllegalArgumentException("the network has " + own.size() + " branches; got " + from.size());
        }
        for (int b = 0; b < own.size(); b++) {
            if (own.get(b).size() != from.get(b).size()) {
                throw new IllegalArgumentException("branch " + b + " has " + own.get(b).size() + " layers; got "
                        + from.get(b).size());
            }
            for (int i = 0; i < own.get(b).size(); i++) {
                StackLayer have = own.get(b).get(i);
                StackLayer source = from.get(b).get(i);
                if (have instanceof RecurrentBlock to) {
                    loadRecurrent(to, source, b, i);
                    continue;
                }
                if (have instanceof ConvBlock to) {
                    loadConv(to, source, b, i);
                    continue;
                }
                if (!(have instanceof DenseBlock to)) {
                    if (!have.equals(source)) {
                        throw new IllegalArgumentException("layer " + i + " of branch " + b + " is " + have + "; got "
                                + source);
                    }
                    continue;
                }
                if (!(source instanceof DenseBlock fresh) || to.in() != fresh.in() || to.out() != fresh.out()
                        || to.relu() != fresh.relu() || to.trainable() != fresh.trainable()) {
                    throw new IllegalArgumentException("layer " + i + " of branch " + b + " is a dense block " + to.in()
                            + " -> " + to.out() + "; got " + source.getClass().getSimpleName() + " " + source.in()
                            + " -> " + source.out());
                }
                if (to.trainable()) {
                    System.arraycopy(fresh.weight(), 0, to.weight(), 0, to.weight().length);
                    System.arraycopy(fresh.bias(), 0, to.bias(), 0, to.bias().length);
                }
            }
        }
    }

    /** Copies a trained convolution's parameters into {@code to}, which must have its shape. */
    private static void loadConv(ConvBlock to, StackLayer source, int branch, int layer) {
        if (!(source instanceof ConvBlock fresh) || to.steps() != fresh.steps() || to.inChannels() != fresh.inChannels()
                || to.outChannels() != fresh.outChannels() || to.kernelSize() != fresh.kernelSize()
                || to.dilation() != fresh.dilation() || to.relu() != fresh.relu()) {
            throw new IllegalArgumentException("layer " + layer + " of branch " + branch + " is " + shape(to)
                    + "; got " + (source instanceof ConvBlock c ? shape(c) : source.getClass().getSimpleName()));
        }
        System.arraycopy(fresh.weight(), 0, to.weight(), 0, to.weight().length);
        System.arraycopy(fresh.bias(), 0, to.bias(), 0, to.bias().length);
    }

    private static String shape(ConvBlock c) {
        return "a convolution of " + c.steps() + " steps, " + c.inChannels() + " -> " + c.outChannels() + " channels, "
                + c.kernelSize() + " taps " + c.dilation() + " apart" + (c.relu() ? " with ReLU" : "");
    }

    /** Copies a trained recurrent layer's parameters into {@code to}, which must have its shape. */
    private static void loadRecurrent(RecurrentBlock to, StackLayer source, int branch, int layer) {
        if (!(source instanceof RecurrentBlock fresh) || fresh.cell() != to.cell() || fresh.features() != to.features()
                || fresh.hidden() != to.hidden() || fresh.steps() != to.steps()
                || fresh.everyStep() != to.everyStep()) {
            throw new IllegalArgumentException("layer " + layer + " of branch " + branch + " is a " + to.cell()
                    + " block " + to.in() + " -> " + to.out() + "; got " + (source instanceof RecurrentBlock r
                    ? "a " + r.cell() + " block" : source.getClass().getSimpleName()) + " " + source.in() + " -> "
                    + source.out());
        }
        System.arraycopy(fresh.inputWeight(), 0, to.inputWeight(), 0, to.inputWeight().length);
        System.arraycopy(fresh.recurrentWeight(), 0, to.recurrentWeight(), 0, to.recurrentWeight().length);
        System.arraycopy(fresh.inputBias(), 0, to.inputBias(), 0, to.inputBias().length);
        System.arraycopy(fresh.recurrentBias(), 0, to.recurrentBias(), 0, to.recurrentBias().length);
    }
}
