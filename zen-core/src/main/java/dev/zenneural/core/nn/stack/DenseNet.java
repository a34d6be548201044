package dev.zenneural.core.nn.stack;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link DenseStackTraining} trains: branches of {@link StackLayer} chains (dense blocks,
 * possibly after a max pooling or recurrent blocks; a TCN's convolutions and last step), combined in one of two ways. {@link Combination#SUM}: every branch reads the input and their outputs are added;
 * one branch is a plain stack (an MLP), two give NLinear-style skips and DLinear-style
 * decompositions. {@link Combination#DOUBLY_RESIDUAL}: N-BEATS's stacking; each branch (block)
 * reads what the blocks before it left of the input and writes a backcast ({@code in} values), which
 * is subtracted from that residual, then a forecast ({@code out} values), which is added to the
 * output. Immutable (the blocks' arrays are the caller's).
 *
 * @param branches at least one chain, input side first
 * @param combination how the branches combine
 */
public record DenseNet(List<List<StackLayer>> branches, Combination combination) {

    /** How a net's branches combine. */
    public enum Combination {
        /** The branches' outputs added. */
        SUM,
        /** N-BEATS's doubly residual stacking. */
        DOUBLY_RESIDUAL
    }

    /**
     * Checks that every branch chains and that the branches' sizes fit the combination.
     *
     * @throws IllegalArgumentException naming the branch or layer that does not fit
     */
    public DenseNet {
        branches = branches.stream().map(List::copyOf).toList();
        Objects.requireNonNull(combination, "combination");
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a dense net needs at least one branch");
        }
        int in = branches.get(0).isEmpty() ? 0 : branches.get(0).get(0).in();
        for (int b = 0; b < branches.size(); b++) {
            try {
                checkChain(branches.get(b));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("branch " + b + ": " + e.getMessage(), e);
            }
            List<StackLayer> branch = branches.get(b);
            int width = last(branches.get(0)).out();
            if (branch.get(0).in() != in || last(branch).out() != width) {
                throw new IllegalArgumentException("branch " + b + " maps " + branch.get(0).in() + " -> "
                        + last(branch).out() + "; branch 0 maps " + in + " -> " + width);
            }
            if (combination == Combination.DOUBLY_RESIDUAL && width <= in) {
                throw new IllegalArgumentException("a doubly residual block writes its " + in + " inputs' backcast"
                        + " and then a forecast, so more than " + in + " values; branch " + b + " writes " + width);
            }
        }
    }

    /** A net of one chain. */
    public static DenseNet chain(List<? extends StackLayer> layers) {
        return new DenseNet(List.of(List.copyOf(layers)), Combination.SUM);
    }

    /**
     * Checks that each layer of {@code chain} reads what the one before writes.
     *
     * @throws IllegalArgumentException if it is empty or two neighbours do not fit, naming them
     */
    private static void checkChain(List<StackLayer> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one layer");
        }
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i - 1).out() != chain.get(i).in()) {
                throw new IllegalArgumentException("layer " + (i - 1) + " has " + chain.get(i - 1).out()
                        + " outputs but layer " + i + " reads " + chain.get(i).in());
            }
        }
    }

    /** The inputs every branch reads. */
    public int in() {
        return branches.get(0).get(0).in();
    }

    /** The net's outputs: a branch's, or its forecast part where the combination is doubly residual. */
    public int out() {
        int width = last(branches.get(0)).out();
        return combination == Combination.SUM ? width : width - in();
    }

    private static StackLayer last(List<StackLayer> branch) {
        return branch.get(branch.size() - 1);
    }
}
