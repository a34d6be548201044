package dev.zenneural.benchmarks.forecast;

import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.ml.baseline.Baseline;
import dev.zenneural.ml.baseline.Naive;
import dev.zenneural.ml.baseline.Naive2;
import dev.zenneural.ml.baseline.RandomWalkWithDrift;
import dev.zenneural.ml.baseline.SeasonalNaive;
import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.DLinear;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NBeats;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.WindowModelBuilder;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.TimeSeriesCsv;
import dev.zenneural.ml.metrics.FrameMetrics;
import dev.zenneural.ml.metrics.Metric;
import dev.zenneural.ml.metrics.Owa;
import dev.zenneural.ml.scale.ScalerType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits models on a competition's training file, forecasts {@code H} steps of every series and
 * scores them against the test file: per model sMAPE, MASE, OWA against Naive2 (M4's definitions),
 * fit and predict seconds and forecast windows per second, then the median ensemble of the listed
 * models. Run by {@code ci/bench-forecast.sh TRAIN TEST H SEASON MODELS...}.
 *
 * <p>Models: the baselines {@code naive}, {@code snaive}, {@code naive2}, {@code rwd}, and the
 * neural {@code mlp} (2 hidden layers), {@code nhits} and {@code nbeats} (neuralforecast's stacks)
 * with hidden size 256, {@code nlinear} and {@code dlinear}; all with inputSize 2h, maxSteps 1000, windowsBatchSize 512, learning rate 1e-3
 * halved 3 times, standard scaling, start padding on (short series), seed 1. System properties
 * {@code zen.bench.steps}, {@code zen.bench.inputMultiplier}, {@code zen.bench.hidden},
 * {@code zen.bench.scaler} and {@code zen.bench.seed} change them for experiments (pass them in
 * {@code JAVA_OPTS} to {@code ci/bench-forecast.sh}).
 */
public final class ForecastBench {

    /** Overrides for experiments, each a system property; the defaults are the documented settings. */
    private static final int STEPS = Integer.getInteger("zen.bench.steps", 1000);
    private static final int INPUT_MULTIPLIER = Integer.getInteger("zen.bench.inputMultiplier", 2);
    private static final int HIDDEN = Integer.getInteger("zen.bench.hidden", 256);
    private static final String SCALER = System.getProperty("zen.bench.scaler", "standard");
    private static final long SEED = Long.getLong("zen.bench.seed", 1);

    private ForecastBench() {
    }

    /** One model's forecasts and timings. */
    private record Run(String name, Map<String, double[]> forecasts, double fitSeconds, double predictSeconds) {
    }

    /** {@code TRAIN TEST H SEASON MODEL...}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: ForecastBench TRAIN TEST H SEASON MODEL... (models: naive snaive naive2 rwd mlp nhits nbeats nlinear dlinear)");
            System.exit(2);
        }
        TimeSeriesFrame train = TimeSeriesCsv.read(Path.of(args[0]));
        TimeSeriesFrame test = TimeSeriesCsv.read(Path.of(args[1]));
        int h = Integer.parseInt(args[2]);
        int season = Integer.parseInt(args[3]);
        List<String> names = Arrays.asList(args).subList(4, args.length);
        Frequency freq = frequency(train, season);

        Run naive2 = baseline("naive2", new Naive2(season), train, h);
        List<Run> runs = new ArrayList<>();
        for (String name : names) {
            runs.add(switch (name) {
                case "naive" -> baseline(name, new Naive(), train, h);
                case "snaive" -> baseline(name, new SeasonalNaive(season), train, h);
                case "naive2" -> naive2;
                case "rwd" -> baseline(name, new RandomWalkWithDrift(), train, h);
                case "mlp" -> neural(name, Mlp.builder(h).hiddenSize(HIDDEN).numLayers(2), train, freq);
                case "nhits" -> neural(name, NHits.builder(h).hiddenSize(HIDDEN), train, freq);
                case "nbeats" -> neural(name, NBeats.builder(h).hiddenSize(HIDDEN), train, freq);
                case "nlinear" -> neural(name, NLinear.builder(h), train, freq);
                case "dlinear" -> neural(name, DLinear.builder(h), train, freq);
                default -> throw new IllegalArgumentException("unknown model '" + name
                        + "'; expected naive, snaive, naive2, rwd, mlp, nhits, nbeats, nlinear or dlinear");
            });
        }
        if (runs.size() > 1) {
            runs.add(new Run("ensemble(median)", median(runs), runs.stream().mapToDouble(Run::fitSeconds).sum(),
                    runs.stream().mapToDouble(Run::predictSeconds).sum()));
        }
        double[] n2Smape = FrameMetrics.perSeries(Metric.SMAPE, train, test, naive2.forecasts(), season);
        double[] n2Mase = FrameMetrics.perSeries(Metric.MASE, train, test, naive2.forecasts(), season);
        System.out.printf(Locale.ROOT, "%s/%s: %d series, h=%d, season %d, freq %s; SGEMM kernel %s%n",
                Path.of(args[0]).getFileName(), Path.of(args[1]).getFileName(), train.seriesCount(), h, season,
                freq.code(), Sgemm.kernelName());
        System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %9s %10s %12s%n", "model", "sMAPE", "MASE", "OWA", "fit s",
                "predict s", "windows/s");
        for (Run run : runs) {
            double[] smape = FrameMetrics.perSeries(Metric.SMAPE, train, test, run.forecasts(), season);
            double[] mase = FrameMetrics.perSeries(Metric.MASE, train, test, run.forecasts(), season);
            System.out.printf(Locale.ROOT, "%-18s %8.3f %8.3f %8.3f %9.2f %10.3f %12.0f%n", run.name(),
                    FrameMetrics.mean(smape), FrameMetrics.mean(mase), Owa.overSeries(smape, mase, n2Smape, n2Mase),
                    run.fitSeconds(), run.predictSeconds(), train.seriesCount() / run.predictSeconds());
        }
    }

    private static Run baseline(String name, Baseline model, TimeSeriesFrame train, int h) {
        long t0 = System.nanoTime();
        Map<String, double[]> forecasts = model.forecast(train, h);
        return new Run(name, forecasts, 0, (System.nanoTime() - t0) * 1e-9);
    }

    /** Trains with the bench's shared settings (see the class comment) and forecasts once. */
    private static Run neural(String name, WindowModelBuilder<?> builder, TimeSeriesFrame train, Frequency freq) {
        int h = builder.h();
        ForecastModel model = builder.inputSize(INPUT_MULTIPLIER * h).maxSteps(STEPS).windowsBatchSize(512)
                .learningRate(1e-3f).numLrDecays(3).scalerType(ScalerType.fromLabel(SCALER)).startPaddingEnabled(true)
                .randomSeed(SEED).alias(name).build();
        NeuralForecast nf = new NeuralForecast(List.of(model), freq);
        long t0 = System.nanoTime();
        nf.fit(train);
        long t1 = System.nanoTime();
        ForecastFrame forecast = nf.predict();
        long t2 = System.nanoTime();
        return new Run(name, forecast.byId(name), (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /** Calendar data: the season length names the frequency (12 monthly, 4 quarterly, 1 yearly). */
    private static Frequency frequency(TimeSeriesFrame train, int season) {
        if (train.dsKind() == DsKind.INDEX) {
            return Frequency.INDEX;
        }
        return switch (season) {
            case 12 -> Frequency.MONTHLY;
            case 4 -> Frequency.QUARTERLY;
            case 1 -> Frequency.YEARLY;
            case 7 -> Frequency.DAILY;
            case 52 -> Frequency.WEEKLY;
            default -> throw new IllegalArgumentException("no calendar frequency has season " + season);
        };
    }

    /** Per series and step, the median of the models' forecasts. */
    private static Map<String, double[]> median(List<Run> runs) {
        Map<String, double[]> result = new LinkedHashMap<>();
        for (String id : runs.get(0).forecasts().keySet()) {
            int h = runs.get(0).forecasts().get(id).length;
            double[] m = new double[h];
            double[] values = new double[runs.size()];
            for (int j = 0; j < h; j++) {
                for (int r = 0; r < runs.size(); r++) {
                    values[r] = runs.get(r).forecasts().get(id)[j];
                }
                Arrays.sort(values);
                int n = values.length;
                m[j] = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            }
            result.put(id, m);
        }
        return result;
    }
}
