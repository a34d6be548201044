package dev.zenneural.benchmarks.forecast;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forecast windows per second of {@code NeuralForecast.predict()}: one window is one series' next
 * {@code h = 18} steps from its last {@code inputSize = 36} values (M3 Monthly's shape; see
 * {@code inputMultiplier}), with neuralforecast's default network sizes (MLP: 2 layers of 1024;
 * N-HiTS: 3 stacks, 512 units) and with hidden size 256 ({@code -256}, what
 * {@code ci/bench-forecast.sh} trains). The models are trained for one step only: prediction costs the same whatever the weights are.
 * {@value #SERIES} series per call; JMH's score is windows per second.
 *
 * <p>Run: {@code ./jmh ForecastBenchmark}; {@code ./jmh ForecastBenchmark -p inputMultiplier=3,5}
 * measures the longer input windows ({@code inputSize} 3h, 5h) of the accuracy runs' ensembles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForecastBenchmark {

    static final int SERIES = 1024;
    private static final int H = 18;

    @Param({"mlp", "mlp-256", "nhits", "nhits-256"})
    public String model;

    /** inputSize in multiples of {@code h}. */
    @Param("2")
    public int inputMultiplier;

    private NeuralForecast forecaster;

    @Setup
    public void setUp() {
        int inputSize = inputMultiplier * H;
        SplittableRandom random = new SplittableRandom(3);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < SERIES; s++) {
            // long enough for one training window (60 values at the default inputSize 36)
            for (int t = 0; t < inputSize + 24; t++) {
                b.add("s" + s, t + 1, 100 + 10 * Math.sin(t * Math.PI / 6) + random.nextDouble());
            }
        }
        ForecastModel m = switch (model) {
            case "mlp" -> Mlp.builder(H).inputSize(inputSize).maxSteps(1).build();
            case "mlp-256" -> Mlp.builder(H).inputSize(inputSize).hiddenSize(256).maxSteps(1).build();
            case "nhits" -> NHits.builder(H).inputSize(inputSize).maxSteps(1).build();
            case "nhits-256" -> NHits.builder(H).inputSize(inputSize).hiddenSize(256).maxSteps(1).build();
            default -> throw new IllegalArgumentException(model);
        };
        forecaster = new NeuralForecast(List.of(m), Frequency.INDEX).fit(b.build());
    }

    @Benchmark
    @OperationsPerInvocation(SERIES)
    public ForecastFrame predict() {
        return forecaster.predict();
    }
}
