package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.nn.train.FullBatchAlgorithm;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.SlopeRule;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import java.util.Arrays;

/**
 * One full-batch update of the candidate weights, which libfann trains with the network's algorithm
 * but on slopes of their own ({@code fann_update_candidate_weights}): the algorithm's
 * {@link SlopeRule}, applied to the candidates' slopes. Mutable: one per pool.
 */
final class SlopeStep {

    private final SlopeRule rule;
    private int epoch;

    private SlopeStep(SlopeRule rule) {
        this.rule = rule;
    }

    /**
     * The step for {@code algorithm} over {@code numWeights} weights.
     *
     * @throws IllegalArgumentException if libfann's cascade training cannot use the algorithm
     */
    static SlopeStep of(TrainingAlgorithm algorithm, int numWeights) {
        if (algorithm instanceof Rprop || algorithm instanceof Quickprop) {
            return new SlopeStep(((FullBatchAlgorithm) algorithm).rule(numWeights));
        }
        throw unsupported(algorithm);
    }

    static IllegalArgumentException unsupported(TrainingAlgorithm algorithm) {
        return new IllegalArgumentException("cascade training supports iRPROP- (Rprop) and Quickprop, as libfann;"
                + " got " + algorithm);
    }

    /** Moves {@code weights} along {@code slopes} (summed over {@code numPairs}) and clears the slopes. */
    void apply(float[] weights, float[] slopes, int numPairs) {
        // Neither iRPROP- nor Quickprop anneals, so the epoch's MSE plays no part.
        rule.update(weights, slopes, numPairs, ++epoch, 0f);
        Arrays.fill(slopes, 0f);
    }
}
