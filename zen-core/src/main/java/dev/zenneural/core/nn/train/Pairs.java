package dev.zenneural.core.nn.train;

import dev.zenneural.core.fann.data.TrainingData;

/**
 * Training pairs as the raw row-major arrays the inner loops read: taken out of a
 * {@link TrainingData} once, because its accessors copy. The arrays are shared, not copied; nothing
 * writes to them.
 *
 * @param inputs {@code numPairs x numInputs} values
 * @param targets {@code numPairs x numOutputs} values
 * @param numPairs how many pairs
 */
public record Pairs(float[] inputs, float[] targets, int numPairs) {

    /** The pairs of {@code data}, in its order. */
    public static Pairs of(TrainingData data) {
        return new Pairs(data.inputs(), data.outputs(), data.numPairs());
    }
}
