package dev.zenneural.core.nn.stack;

import java.util.List;

/**
 * What a {@link DenseStackTraining} trains: branches that all read the same input and whose outputs
 * are added, each a chain of {@link DenseBlock}s. One branch is a plain stack (an MLP); two give
 * NLinear-style skips and DLinear-style decompositions. Immutable (the blocks' arrays are the
 * caller's).
 *
 * @param branches at least one chain, input side first
 */
public record DenseNet(List<List<DenseBlock>> branches) {

    /**
     * Checks that every branch chains and that all read and write the same sizes.
     *
     * @throws IllegalArgumentException naming the branch or block that does not fit
     */
    public DenseNet {
        branches = branches.stream().map(List::copyOf).toList();
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a dense net needs at least one branch");
        }
        for (int b = 0; b < branches.size(); b++) {
            try {
                DenseBlock.checkStack(branches.get(b));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("branch " + b + ": " + e.getMessage(), e);
            }
            List<DenseBlock> branch = branches.get(b);
            if (branch.get(0).in() != branches.get(0).get(0).in() || last(branch).out() != last(branches.get(0)).out()) {
                throw new IllegalArgumentException("branch " + b + " maps " + branch.get(0).in() + " -> "
                        + last(branch).out() + "; branch 0 maps " + branches.get(0).get(0).in() + " -> "
                        + last(branches.get(0)).out());
            }
        }
    }

    /** A net of one chain. */
    public static DenseNet chain(List<DenseBlock> blocks) {
        return new DenseNet(List.of(blocks));
    }

    /** The inputs every branch reads. */
    public int in() {
        return branches.get(0).get(0).in();
    }

    /** The outputs every branch writes. */
    public int out() {
        return last(branches.get(0)).out();
    }

    private static DenseBlock last(List<DenseBlock> branch) {
        return branch.get(branch.size() - 1);
    }
}
