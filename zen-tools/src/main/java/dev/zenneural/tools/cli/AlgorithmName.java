package dev.zenneural.tools.cli;

import dev.zenneural.core.nn.train.Adam;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.IncrementalBackprop;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Sarprop;
import dev.zenneural.core.nn.train.SgdMomentum;
import dev.zenneural.core.nn.train.TrainingAlgorithm;

/** The training algorithms {@code zen train} knows by name, each with its defaults and overrides. */
enum AlgorithmName {
    RPROP, QUICKPROP, INCREMENTAL, BATCH, SARPROP, SGD, ADAM;

    /**
     * This algorithm with its defaults, where given replaced by {@code learningRate},
     * {@code momentum} and {@code batchSize} (null: the default).
     *
     * @throws IllegalArgumentException if a setting does not apply to this algorithm or is out of range
     */
    TrainingAlgorithm create(Float learningRate, Float momentum, Integer batchSize, long seed) {
        if (momentum != null && this != INCREMENTAL && this != SGD) {
            throw new IllegalArgumentException("--momentum applies to incremental and sgd, not " + label());
        }
        if (batchSize != null && this != SGD && this != ADAM) {
            throw new IllegalArgumentException("--batch-size applies to sgd and adam, not " + label());
        }
        if (learningRate != null && (this == RPROP || this == SARPROP)) {
            throw new IllegalArgumentException(label() + " adapts its own steps; --learning-rate does not apply");
        }
        return switch (this) {
            case RPROP -> Rprop.defaults();
            case SARPROP -> Sarprop.defaults().withSeed(seed);
            case QUICKPROP -> {
                Quickprop d = Quickprop.defaults();
                yield new Quickprop(or(learningRate, d.learningRate()), d.decay(), d.mu());
            }
            case INCREMENTAL -> {
                IncrementalBackprop d = IncrementalBackprop.defaults();
                yield new IncrementalBackprop(or(learningRate, d.learningRate()), or(momentum, d.momentum()));
            }
            case BATCH -> new BatchBackprop(or(learningRate, BatchBackprop.defaults().learningRate()));
            case SGD -> {
                SgdMomentum d = SgdMomentum.defaults();
                yield new SgdMomentum(or(learningRate, d.learningRate()), or(momentum, d.momentum()),
                        batchSize == null ? d.batchSize() : batchSize);
            }
            case ADAM -> {
                Adam d = Adam.defaults();
                yield new Adam(or(learningRate, d.learningRate()), d.beta1(), d.beta2(), d.epsilon(),
                        batchSize == null ? d.batchSize() : batchSize);
            }
        };
    }

    private static float or(Float value, float fallback) {
        return value == null ? fallback : value;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
