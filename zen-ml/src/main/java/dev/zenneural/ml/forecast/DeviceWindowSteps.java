package dev.zenneural.ml.forecast;

import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.ml.nn.DenseStacks;
import dev.zenneural.ml.nn.Layer;

/**
 * Steps on a device: the network's weights, Adam's state and the activations live in a {@link
 * DenseStackRun}; each step sends the window batch and brings back its loss. {@link #finish()}
 * copies the trained weights into the host network once.
 */
final class DeviceWindowSteps implements WindowSteps {

    private final DenseStackRun run;
    private final Layer network;

    DeviceWindowSteps(DenseStackRun run, Layer network) {
        this.run = run;
        this.network = network;
    }

    @Override
    public double step(WindowBatch batch, float learningRate) {
        return run.step(batch.inputs, batch.targets, batch.mask, batch.rows, learningRate);
    }

    @Override
    public double loss(WindowBatch batch) {
        return run.loss(batch.inputs, batch.targets, batch.mask, batch.rows);
    }

    @Override
    public Layer finish() {
        DenseStacks.load(network, run.trained());
        return network;
    }

    @Override
    public void close() {
        run.close();
    }
}
