package dev.zenneural.gpu.bench;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.forecast.TrainingBackend;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.nn.Compute;
import dev.zenneural.ml.scale.ScalerType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Times training steps of zen-ml's forecasting {@link Mlp} through {@link NeuralForecast}: one step
 * samples and normalises a batch of windows on the host, then runs forward, backward and Adam, on
 * the host (zen-ml's layers, their products on the CPU backend) or on a device that keeps the
 * weights (MAE loss, the MLP's default).
 *
 * @param inputSize the window the MLP reads
 * @param hiddenSize units per hidden layer
 * @param numLayers hidden layers
 * @param h the horizon: the MLP's outputs
 * @param windows windows per step ({@code windowsBatchSize})
 */
record ForecastRates(int inputSize, int hiddenSize, int numLayers, int h, int windows) {

    private static final int SERIES = 8;

    /**
     * The forecasting MLP of the benchmark's {@code --mlp} layers: inputs, hidden layers, outputs;
     * empty where the hidden layers differ in size or there are none (zen-ml's MLP has equal ones).
     */
    static Optional<ForecastRates> of(int[] layers, int batch) {
        if (layers.length < 3) {
            return Optional.empty();
        }
        for (int i = 2; i < layers.length - 1; i++) {
            if (layers[i] != layers[1]) {
                return Optional.empty();
            }
        }
        return Optional.of(new ForecastRates(layers[0], layers[1], layers.length - 2,
                layers[layers.length - 1], batch));
    }

    /**
     * Steps per second: {@code steps + 1} steps run, and the time from the end of the first (which
     * pays for uploads and kernel compilation) to the end of the last counts.
     *
     * @param backend where to train; {@link TrainingBackend#host()} runs zen-ml's layers on the CPU
     *     backend
     */
    double stepsPerSecond(TrainingBackend backend, int steps) {
        Mlp model = Mlp.builder(h).inputSize(inputSize).hiddenSize(hiddenSize).numLayers(numLayers)
                .maxSteps(steps + 1).batchSize(SERIES).windowsBatchSize(windows).scalerType(ScalerType.STANDARD)
                .build();
        Duration[] ends = new Duration[steps + 2];
        // The host's products on the CPU backend, whatever -Dzen.backend says: the CPU column is the CPU.
        try (CpuBackend cpu = new CpuBackend()) {
            ComputeBackend before = Compute.use(cpu);
            try {
                new NeuralForecast(List.of(model), Frequency.INDEX, backend).fit(series(), 0, report -> {
                    ends[report.step()] = report.elapsed();
                    return true;
                });
            } finally {
                Compute.use(before);
            }
        }
        return steps / ((ends[steps + 1].toNanos() - ends[1].toNanos()) / 1e9);
    }

    /** Random walks long enough that every step draws {@code windows} windows. */
    private TimeSeriesFrame series() {
        int length = inputSize + h + windows / SERIES + 1;
        SplittableRandom random = new SplittableRandom(13);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < SERIES; s++) {
            double y = 100;
            for (int t = 0; t < length; t++) {
                y += random.nextGaussian();
                b.add("s" + s, t + 1, y);
            }
        }
        return b.build();
    }

    /** The MLP's shape, for the table's title. */
    String describe() {
        return "inputSize " + inputSize + ", " + numLayers + " x " + hiddenSize + " ReLU, h " + h + ", " + windows
                + " windows a step";
    }
}
