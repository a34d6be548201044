package dev.zenneural.core.nn.train;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.testing.RandomMatrices;

/** Seeded random training pairs for the slope tests. */
final class RandomPairs {

    private RandomPairs() {
    }

    /** {@code numPairs} pairs: inputs uniform from {@code seed}, targets uniform from {@code seed + 1}. */
    static Pairs of(long seed, int numPairs, int numInputs, int numOutputs) {
        return Pairs.of(TrainingData.of(numInputs, numOutputs, RandomMatrices.uniform(seed, numPairs * numInputs),
                RandomMatrices.uniform(seed + 1, numPairs * numOutputs)));
    }
}
