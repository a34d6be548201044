package dev.zenneural.core.nn.train;

/**
 * FANN's {@code FANN_TRAIN_INCREMENTAL}: plain backpropagation that updates the weights after every
 * pair, so the order of the pairs matters.
 *
 * @param learningRate step size; FANN's default 0.7
 * @param momentum fraction of the previous move added to each move; FANN's default 0
 */
public record IncrementalBackprop(float learningRate, float momentum) implements TrainingAlgorithm {

    /**
     * The fewest connections for which all-dense networks train on {@link DenseIncremental}: found by
     * measurement, on xor-shaped networks only. On tiny networks its per-pair kernel calls and its
     * per-epoch loading and storing of the rows cost more than its vector lanes save. The dense
     * engine's time over {@link Backprop}'s pair by pair, on xor's data, a JVM each by turns: 2-3-1
     * (13 connections) 1.20-1.75, 2-6-1 (25) 1.14-1.36, 2-8-1 (33) 0.92-1.33, 2-12-1 (49) 0.88-1.18,
     * 2-16-1 (65) 0.83-0.94; building's 14-4-3 (75) trained faster on the dense engine. Both give the
     * same bits, so the choice changes speed only.
     */
    static final int MIN_DENSE_CONNECTIONS = 48;

    /** Validates the parameters. */
    public IncrementalBackprop {
        Checks.positive("learning rate", learningRate);
        Checks.atLeastZero("momentum", momentum);
    }

    /** FANN's defaults: learning rate 0.7, momentum 0. */
    public static IncrementalBackprop defaults() {
        return new IncrementalBackprop(0.7f, 0f);
    }

    @Override
    public Optimizer start(int numWeights) {
        return new Optimizer() {
            private final float[] previousDeltas = new float[numWeights];
            /**
             * For all-dense networks of at least {@link #MIN_DENSE_CONNECTIONS} connections, made on the
             * first epoch: the same arithmetic, vectorized.
             */
            private DenseIncremental dense;
            private boolean planned;

            @Override
            public void epoch(EpochData data, float[] weights) {
                Backprop backprop = data.backprop();
                if (!planned) {
                    dense = backprop.topology().totalConnections() < MIN_DENSE_CONNECTIONS ? null
                            : DenseIncremental.forTopology(backprop.topology(), backprop.errorFunction());
                    planned = true;
                }
                Pairs pairs = data.pairs();
                if (dense != null) {
                    dense.epoch(pairs, weights, learningRate, momentum, backprop.accumulator());
                    return;
                }
                for (int pair = 0; pair < pairs.numPairs(); pair++) {
                    backprop.compute(weights, pairs.inputs(), pairs.targets(), pair);
                    backprop.stepIncremental(weights, previousDeltas, learningRate, momentum);
                }
            }
        };
    }
}
