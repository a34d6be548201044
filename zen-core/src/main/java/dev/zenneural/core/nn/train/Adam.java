package dev.zenneural.core.nn.train;

/**
 * Adam (Kingma and Ba, 2015) on mini-batches: per weight, running means of the gradient and of its
 * square, bias-corrected, give a step of about {@code learningRate} in the gradient's direction,
 * scaled down where the gradient is noisy. The gradient is the batch's mean slope (FANN's slopes
 * point downhill, so the weight moves along it). The running means are stored in float; each step
 * is computed in double.
 *
 * @param learningRate step size; default 0.001
 * @param beta1 decay of the gradient's running mean, in [0, 1); default 0.9
 * @param beta2 decay of the squared gradient's running mean, in [0, 1); default 0.999
 * @param epsilon keeps the step finite where the gradient is 0; default 1e-8
 * @param batchSize pairs per update; default 32
 */
public record Adam(float learningRate, float beta1, float beta2, float epsilon, int batchSize)
        implements TrainingAlgorithm {

    /** Validates the parameters. */
    public Adam {
        Checks.positive("learning rate", learningRate);
        checkDecay("beta1", beta1);
        checkDecay("beta2", beta2);
        Checks.positive("epsilon", epsilon);
        MiniBatchOptimizer.checkBatchSize(batchSize);
    }

    private static void checkDecay(String what, float value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + value);
        }
    }

    /** The paper's defaults (learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-8), batches of 32. */
    public static Adam defaults() {
        return new Adam(0.001f, 0.9f, 0.999f, 1e-8f, 32);
    }

    @Override
    public Optimizer start(int numWeights) {
        float[] mean = new float[numWeights];
        float[] meanSquare = new float[numWeights];
        return new MiniBatchOptimizer(numWeights, batchSize) {
            private int steps;

            @Override
            void step(float[] weights, int batchPairs) {
                steps++;
                double correction1 = 1 - Math.pow(beta1, steps);
                double correction2 = 1 - Math.pow(beta2, steps);
                double rate = learningRate * Math.sqrt(correction2) / correction1;
                // The epsilon of the paper's last line, moved inside the rescaled denominator.
                double eps = epsilon * Math.sqrt(correction2);
                for (int i = 0; i < weights.length; i++) {
                    float g = slopes[i] / batchPairs;
                    mean[i] = beta1 * mean[i] + (1 - beta1) * g;
                    meanSquare[i] = beta2 * meanSquare[i] + (1 - beta2) * g * g;
                    weights[i] += (float) (rate * mean[i] / (Math.sqrt(meanSquare[i]) + eps));
                }
            }
        };
    }
}
