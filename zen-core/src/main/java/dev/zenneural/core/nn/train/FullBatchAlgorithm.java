package dev.zenneural.core.nn.train;

/**
 * An algorithm that updates once per epoch from the slopes of all pairs (FANN's batch, RPROP,
 * Quickprop and SARPROP). Its {@link SlopeRule} can also be used on slopes computed elsewhere, as
 * cascade training does for its candidate neurons.
 */
public interface FullBatchAlgorithm extends TrainingAlgorithm {

    /** A fresh rule with its state for {@code numWeights} weights. */
    SlopeRule rule(int numWeights);

    @Override
    default Optimizer start(int numWeights) {
        return new SlopeOptimizer(rule(numWeights));
    }
}
