package dev.zenneural.core.nn.train;

/**
 * FANN's {@code FANN_TRAIN_BATCH}: backpropagation with one update per epoch, along the slopes
 * summed over all pairs and scaled by {@code learningRate / numPairs}.
 *
 * @param learningRate step size; FANN's default 0.7
 */
public record BatchBackprop(float learningRate) implements FullBatchAlgorithm {

    /** Validates the parameter. */
    public BatchBackprop {
        Checks.positive("learning rate", learningRate);
    }

    /** FANN's default: learning rate 0.7. */
    public static BatchBackprop defaults() {
        return new BatchBackprop(0.7f);
    }

    @Override
    public SlopeRule rule(int numWeights) {
        return (weights, slopes, numPairs, epoch, mse) -> {
            float epsilon = learningRate / numPairs;
            for (int i = 0; i < weights.length; i++) {
                weights[i] += slopes[i] * epsilon;
            }
        };
    }
}
