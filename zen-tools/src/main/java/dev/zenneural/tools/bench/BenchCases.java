package dev.zenneural.tools.bench;

import dev.zenneural.core.nn.network.Network;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NHits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The lines {@code zen bench} measures, and the definitions of their units that its help and
 * output print.
 */
public final class BenchCases {

    /** The strategy's neural operations per second, measured in WASM. */
    public static final double STRATEGY_NEURAL_OPS = 1153;
    /** The strategy's forecast predictions per second, measured in WASM. */
    public static final double STRATEGY_PREDICTIONS = 5720;

    /** M3 Monthly's horizon, and its input size of 2h. */
    static final int H = 18;
    static final int INPUT_SIZE = 2 * H;
    static final int FORECAST_HIDDEN = 256;
    /**
     * The training line warms up this many times as long as the others: its code (the slope engine's
     * products in all their shapes) takes the longest to compile. On a busy 2-core machine it took
     * from 3 to 20 s to reach its settled speed (the one ./jmh measures) and ran at a tenth to a
     * quarter of it before; with 5 s at the least it measured that speed, with 2 or 3 s it did not.
     */
    public static final int TRAINING_WARMUP_SCALE = 5;

    /** What one neural operation is. */
    public static final String NEURAL_OP = "neural operation = one forward pass of one input row through a FANN "
            + MushroomShape.LAYERS + " network (mushroom's shape: " + MushroomShape.LIT + " of the "
            + MushroomShape.INPUTS + " inputs at 1, sigmoid-symmetric hidden layer, sigmoid outputs, "
            + MushroomShape.CONNECTIONS + " weights), single rows through Network.run(row, out) ("
            + SingleRowInference.ROWS + " different rows per call) or " + BatchedInference.BATCH
            + " rows per Network.run(rows, " + BatchedInference.BATCH + ", out) call.";
    /** What one training epoch and a connection update are. */
    public static final String EPOCH = "training epoch = one iRPROP- epoch (FANN's default algorithm, batched"
            + " slope engine) of that network over " + MushroomShape.PAIRS + " pairs of that shape (mushroom.train's"
            + " count), " + TrainingEpochs.EPOCHS_PER_CALL + " epochs per Trainer.train call; counted in"
            + " connection updates (" + MushroomShape.CONNECTIONS + " weights x " + MushroomShape.PAIRS
            + " pairs per epoch), also shown as epochs/s; it warms up " + TRAINING_WARMUP_SCALE
            + " times as long as the other lines.";
    /** What one prediction is. */
    public static final String PREDICTION = "prediction = one series' " + H + "-step forecast window from its last "
            + INPUT_SIZE + " values (M3 Monthly's h and input size) through NeuralForecast.predict(), "
            + ForecastWindows.SERIES + " series per call, by an MLP (2 hidden layers of " + FORECAST_HIDDEN
            + ") or N-HiTS (3 stacks, hidden size " + FORECAST_HIDDEN + ", neuralforecast's other defaults).";

    private BenchCases() {
    }

    /** The standard lines, in the order they print. */
    public static List<BenchCase> standard() {
        Network network = MushroomShape.network();
        String layers = MushroomShape.LAYERS;
        return List.of(
                new BenchCase("inference-single", "neural ops, single rows, " + layers, "forward passes",
                        STRATEGY_NEURAL_OPS, null, 1, perThread(t -> new SingleRowInference(network, t))),
                new BenchCase("inference-batched", "neural ops, batches of " + BatchedInference.BATCH,
                        "forward passes", STRATEGY_NEURAL_OPS, null, 1,
                        perThread(t -> new BatchedInference(network, t))),
                // One training run whose slopes are shared out over the threads, not one run per thread.
                new BenchCase("training-epoch", "training epochs, iRPROP-, " + layers, "connection updates",
                        Double.NaN, new BenchCase.AlsoPer("epoch", (double) MushroomShape.CONNECTIONS
                                * MushroomShape.PAIRS), TRAINING_WARMUP_SCALE,
                        threads -> List.of(new TrainingEpochs(network, MushroomShape.pairs(7), threads))),
                new BenchCase("forecast-mlp", "predictions, MLP h=" + H + " input=" + INPUT_SIZE, "predictions",
                        STRATEGY_PREDICTIONS, null, 1, perThread(t -> new ForecastWindows(mlp(), t))),
                new BenchCase("forecast-nhits", "predictions, N-HiTS h=" + H + " input=" + INPUT_SIZE,
                        "predictions", STRATEGY_PREDICTIONS, null, 1, perThread(t -> new ForecastWindows(nhits(), t))));
    }

    private static ForecastModel mlp() {
        return Mlp.builder(H).inputSize(INPUT_SIZE).hiddenSize(FORECAST_HIDDEN).numLayers(2).maxSteps(1).build();
    }

    private static ForecastModel nhits() {
        return NHits.builder(H).inputSize(INPUT_SIZE).hiddenSize(FORECAST_HIDDEN).maxSteps(1).build();
    }

    /** One workload per thread, each from its own seed (the thread's index). */
    private static IntFunction<List<Workload>> perThread(IntFunction<Workload> oneFor) {
        return threads -> {
            List<Workload> workloads = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                workloads.add(oneFor.apply(t));
            }
            return workloads;
        };
    }
}
