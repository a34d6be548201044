package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.network.Topology;

/**
 * Slopes pair by pair with {@link Backprop}, libfann's order of operations: the path for topologies
 * that are not made of dense layers (sparse networks).
 */
final class PairSlopeWorker implements SlopeWorker {

    private final Topology topology;
    private final ErrorFunction errorFunction;
    private Backprop backprop;

    PairSlopeWorker(Topology topology, ErrorFunction errorFunction) {
        this.topology = topology;
        this.errorFunction = errorFunction;
    }

    @Override
    public void addSlopes(float[] weights, Pairs pairs, int from, int to, float[] slopes,
            ErrorAccumulator accumulator) {
        if (backprop == null || backprop.accumulator() != accumulator) {
            backprop = new Backprop(topology, errorFunction, accumulator);
        }
        for (int pair = from; pair < to; pair++) {
            backprop.compute(weights, pairs.inputs(), pairs.targets(), pair);
            backprop.addSlopes(slopes);
        }
    }
}
