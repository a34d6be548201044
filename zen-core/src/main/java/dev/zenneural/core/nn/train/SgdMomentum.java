package dev.zenneural.core.nn.train;

/**
 * Mini-batch stochastic gradient descent with (heavy-ball) momentum: per batch,
 * {@code velocity = momentum * velocity + learningRate * meanSlope} and {@code weight += velocity},
 * where the mean slope is the batch's summed slope over its size. Shuffle the pairs
 * ({@link Trainer.Builder#shuffle(long)}) to make it stochastic; without shuffling the batches come in
 * file order every epoch.
 *
 * @param learningRate step size; default 0.1
 * @param momentum fraction of the previous velocity kept, in [0, 1); default 0.9
 * @param batchSize pairs per update; default 32
 */
public record SgdMomentum(float learningRate, float momentum, int batchSize) implements TrainingAlgorithm {

    /** Validates the parameters. */
    public SgdMomentum {
        Checks.positive("learning rate", learningRate);
        Checks.atLeastZero("momentum", momentum);
        if (momentum >= 1) {
            throw new IllegalArgumentException("momentum must be < 1, got " + momentum);
        }
        MiniBatchOptimizer.checkBatchSize(batchSize);
    }

    /** Learning rate 0.1, momentum 0.9, batches of 32. */
    public static SgdMomentum defaults() {
        return new SgdMomentum(0.1f, 0.9f, 32);
    }

    @Override
    public Optimizer start(int numWeights) {
        float[] velocity = new float[numWeights];
        return new MiniBatchOptimizer(numWeights, batchSize) {
            @Override
            void step(float[] weights, int batchPairs) {
                float rate = learningRate / batchPairs;
                for (int i = 0; i < weights.length; i++) {
                    velocity[i] = momentum * velocity[i] + rate * slopes[i];
                    weights[i] += velocity[i];
                }
            }
        };
    }
}
