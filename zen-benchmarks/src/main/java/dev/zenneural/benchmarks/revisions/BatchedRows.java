package dev.zenneural.benchmarks.revisions;

import dev.zenneural.benchmarks.fann.BatchedInferenceSideBySide;
import dev.zenneural.core.nn.network.Network;

/**
 * One batched {@link Network#run(float[], int, float[])} over a fixed set of rows per {@link #run}:
 * the network and inputs of {@code ci/bench-inference.sh} ({@link BatchedInferenceSideBySide#network}
 * and {@link BatchedInferenceSideBySide#inputs}). Loaded once per revision by
 * {@link RevisionsByTurns}.
 */
public final class BatchedRows implements Runnable {

    private final Network net;
    private final int rows;
    private final float[] inputs;
    private final float[] outputs;

    /** {@code rows} rows through a network of {@code layers} (sizes, inputs first). */
    public BatchedRows(int[] layers, int rows) {
        this.net = BatchedInferenceSideBySide.network(layers);
        this.rows = rows;
        this.inputs = BatchedInferenceSideBySide.inputs(rows, net.numInputs());
        this.outputs = new float[rows * net.numOutputs()];
    }

    @Override
    public void run() {
        net.run(inputs, rows, outputs);
    }
}
