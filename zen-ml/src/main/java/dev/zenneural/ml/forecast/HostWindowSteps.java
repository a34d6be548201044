package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.AdamOptimizer;
import dev.zenneural.ml.nn.Layer;

/** Steps with zen-ml's own layers and {@link AdamOptimizer}, in this JVM. */
final class HostWindowSteps implements WindowSteps {

    private final Layer network;
    private final WindowSettings settings;
    private final AdamOptimizer adam;
    private final BatchLoss loss;
    private final float[] grad;

    HostWindowSteps(Layer network, WindowSettings settings) {
        this.network = network;
        this.settings = settings;
        this.adam = AdamOptimizer.of(network.parameters());
        this.loss = new BatchLoss(settings);
        this.grad = new float[settings.windowsBatchSize() * settings.outputSize()];
    }

    @Override
    public double step(WindowBatch batch, float learningRate) {
        adam.zeroGrad();
        float[] out = network.forward(batch.inputs, batch.rows);
        double value = loss.value(out, batch);
        if (!Double.isFinite(value)) {
            return value;
        }
        loss.gradient(out, batch, grad);
        network.backward(grad, batch.rows);
        if (settings.gradientClipVal() > 0) {
            adam.clipGradNorm(settings.gradientClipVal());
        }
        adam.step(learningRate);
        return value;
    }

    @Override
    public double loss(WindowBatch batch) {
        return loss.value(network.forward(batch.inputs, batch.rows), batch);
    }

    @Override
    public Layer finish() {
        return network;
    }

    @Override
    public void close() {
    }
}
