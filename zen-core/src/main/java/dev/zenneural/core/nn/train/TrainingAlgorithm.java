package dev.zenneural.core.nn.train;

/**
 * A way to train a network's weights, such as FANN's incremental and batch backpropagation,
 * iRPROP- or Quickprop. Implementations are immutable configurations; {@link #start} makes the
 * mutable per-training state (step sizes, previous slopes, momentum), so one configuration can
 * train many networks, also at the same time.
 */
public interface TrainingAlgorithm {

    /** A fresh optimizer for a network of {@code numWeights} weights. */
    Optimizer start(int numWeights);
}
