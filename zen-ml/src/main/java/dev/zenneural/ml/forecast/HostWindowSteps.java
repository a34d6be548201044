package dev.zenneural.ml.forecast;

import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.nn.AdamOptimizer;
import dev.zenneural.ml.nn.Layer;

/** Steps with zen-ml's own layers and {@link AdamOptimizer}, in this JVM. */
final class HostWindowSteps implements WindowSteps {

    private final Layer network;
    private final WindowSettings settings;
    private final AdamOptimizer adam;
    private final float[] grad;

    HostWindowSteps(Layer network, WindowSettings settings) {
        this.network = network;
        this.settings = settings;
        this.adam = AdamOptimizer.of(network.parameters());
        this.grad = new float[settings.windowsBatchSize() * settings.outputSize()];
    }

    @Override
    public double step(WindowBatch batch, float learningRate) {
        Loss loss = settings.loss();
        adam.zeroGrad();
        float[] out = network.forward(batch.inputs, batch.rows);
        double value = loss.value(out, batch.targets, batch.mask, batch.rows, settings.h());
        if (!Double.isFinite(value)) {
            return value;
        }
        loss.gradient(out, batch.targets, batch.mask, batch.rows, settings.h(), grad);
        network.backward(grad, batch.rows);
        if (settings.gradientClipVal() > 0) {
            adam.clipGradNorm(settings.gradientClipVal());
        }
        adam.step(learningRate);
        return value;
    }

    @Override
    public double loss(WindowBatch batch) {
        float[] v = network.forward(batch.inputs, batch.rows);
        return settings.loss().value(v, batch.targets, batch.mask, batch.rows, settings.h());
    }

    @Override
    public Layer finish() {
        return network;
    }

    @Override
    public void close() {
    }
}
