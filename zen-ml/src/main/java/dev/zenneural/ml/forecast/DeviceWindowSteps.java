package dev.zenneural.ml.forecast;

import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.core.nn.stack.RowMaps;
import dev.zenneural.ml.nn.DenseStacks;
import dev.zenneural.ml.nn.Layer;

/**
 * Steps on a device: the network's weights, Adam's state and the activations live in a {@link
 * DenseStackRun}; each step sends the window batch (with each window's map where the loss sees it
 * mapped, as {@link BatchLoss}) and brings back its loss. {@link #finish()} copies the trained
 * weights into the host network once.
 */
final class DeviceWindowSteps implements WindowSteps {

    private final DenseStackRun run;
    private final Layer network;
    private final BatchLoss loss;
    /** The rows' maps, filled per batch; null where the loss sees the windows as they are. */
    private final RowMaps maps;

    /** Steps of {@code run}, with batches of up to {@code maxRows} windows for {@code settings}' loss. */
    DeviceWindowSteps(DenseStackRun run, Layer network, WindowSettings settings, int maxRows) {
        this.run = run;
        this.network = network;
        this.loss = new BatchLoss(settings);
        this.maps = loss.mapped() ? new RowMaps(new float[maxRows], new float[maxRows]) : null;
    }

    @Override
    public double step(WindowBatch batch, float learningRate) {
        return run.step(batch.inputs, batch.targets, batch.mask, maps(batch), batch.rows, learningRate);
    }

    @Override
    public double loss(WindowBatch batch) {
        return run.loss(batch.inputs, batch.targets, batch.mask, maps(batch), batch.rows);
    }

    private RowMaps maps(WindowBatch batch) {
        if (maps != null) {
            loss.rowMaps(batch, maps.scale(), maps.shift());
        }
        return maps;
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
