package dev.zenneural.benchmarks.revisions;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import java.util.SplittableRandom;

/**
 * One batched {@link Network#run(float[], int, float[])} over a fixed set of rows per {@link #run}:
 * the network and inputs of {@code ci/bench-inference.sh} (sigmoid-symmetric hidden layers, sigmoid
 * outputs, seed 1; inputs in [-1, 1] from seed 2). Loaded once per revision by
 * {@link RevisionsByTurns}.
 */
public final class BatchedRows implements Runnable {

    private final Network net;
    private final int rows;
    private final float[] inputs;
    private final float[] outputs;

    /** {@code rows} rows through a network of {@code layers} (sizes, inputs first). */
    public BatchedRows(int[] layers, int rows) {
        this.net = Network.builder().layers(layers)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .seed(1)
                .build();
        this.rows = rows;
        this.inputs = new float[rows * net.numInputs()];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) (2 * random.nextDouble() - 1);
        }
        this.outputs = new float[rows * net.numOutputs()];
    }

    @Override
    public void run() {
        net.run(inputs, rows, outputs);
    }
}
