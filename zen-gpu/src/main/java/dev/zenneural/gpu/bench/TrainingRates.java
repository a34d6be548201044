package dev.zenneural.gpu.bench;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.train.TrainingListener;
import java.time.Duration;

/**
 * Times training steps of an MLP through {@link Trainer}: one step is one full-batch iRPROP- epoch
 * over {@code batch} random pairs (forward, backward and the weight update), on the CPU engine or on
 * a backend that trains on its device.
 */
final class TrainingRates {

    private TrainingRates() {
    }

    /** The MLP: sigmoid hidden and output layers, seeded weights. */
    static Network network(int[] layers) {
        return Network.builder().layers(layers).hiddenActivation(ActivationFunction.SIGMOID)
                .outputActivation(ActivationFunction.SIGMOID).seed(5).build();
    }

    /** Random inputs in [-1, 1) and targets in [0, 1). */
    static TrainingData data(int[] layers, int batch) {
        int inputs = layers[0];
        int outputs = layers[layers.length - 1];
        float[] x = SgemmRates.random(11, batch * inputs);
        float[] y = SgemmRates.random(12, batch * outputs);
        for (int i = 0; i < y.length; i++) {
            y[i] = (y[i] + 1) / 2;
        }
        return TrainingData.of(inputs, outputs, x, y);
    }

    /**
     * Steps per second: {@code steps + 1} epochs run, and the time from the end of the first (which
     * pays for uploads and kernel compilation) to the end of the last counts.
     *
     * @param backend where to train; {@code null} for the CPU engine
     * @param cpuThreads the CPU engine's threads
     */
    static double stepsPerSecond(ComputeBackend backend, int cpuThreads, Network network, TrainingData data,
            int steps) {
        Duration[] ends = new Duration[steps + 2];
        TrainingListener clock = report -> {
            ends[report.epoch()] = report.elapsed();
            return TrainingListener.Decision.CONTINUE;
        };
        Trainer.Builder builder = Trainer.builder().algorithm(Rprop.defaults()).maxEpochs(steps + 1).desiredError(0f)
                .threads(cpuThreads).listener(clock);
        if (backend != null) {
            builder.backend(backend);
        }
        builder.build().train(network, data);
        return steps / ((ends[steps + 1].toNanos() - ends[1].toNanos()) / 1e9);
    }
}
