package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;

/**
 * How {@link WindowTrainer} takes its steps: the sampling, schedule, validation and early stopping
 * are the trainer's; the forward pass, loss, backward pass and Adam update are this engine's, on
 * the host ({@link HostWindowSteps}) or on a device ({@link DeviceWindowSteps}). One model's run.
 */
interface WindowSteps extends AutoCloseable {

    /**
     * One Adam step on {@code batch} at {@code learningRate}.
     *
     * @return the batch's loss under the weights before the step; when it is not finite the trainer
     *     stops, whether or not the weights moved
     */
    double step(WindowBatch batch, float learningRate);

    /** The loss of {@code batch} under the current weights. */
    double loss(WindowBatch batch);

    /** The trained network on the host, for forecasting and saving. */
    Layer finish();

    /** Frees what the engine holds (device memory); does nothing on the host. */
    @Override
    void close();
}
