package dev.zenneural.benchmarks.forecast;

import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.ml.baseline.Baseline;
import dev.zenneural.ml.baseline.Naive;
import dev.zenneural.ml.baseline.Naive2;
import dev.zenneural.ml.baseline.RandomWalkWithDrift;
import dev.zenneural.ml.baseline.SeasonalNaive;
import dev.zenneural.ml.baseline.Theta;
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
import dev.zenneural.ml.scale.ScalerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits models on a competition's training file, forecasts {@code H} steps of every series and
 * scores them against the test file: per model sMAPE, MASE, OWA against Naive2 (M4's definitions),
 * fit and predict seconds and forecast windows per second, then the median ensemble of the listed
 * models. Run by {@code ci/bench-forecast.sh TRAIN TEST H SEASON MODELS...}.
 *
 * <p>Models: the baselines {@code naive}, {@code snaive}, {@code naive2}, {@code rwd}, {@code theta}
 * (R's {@code thetaf}), and the
 * neural {@code mlp} (2 hidden layers), {@code nhits} and {@code nbeats} (neuralforecast's stacks)
 * with hidden size 256, {@code nlinear} and {@code dlinear}; all with inputSize 2h, maxSteps 1000, windowsBatchSize 512, learning rate 1e-3
 * halved 3 times, standard scaling, start padding on (short series), seed 1. System properties
 * {@code zen.bench.steps}, {@code zen.bench.inputMultiplier}, {@code zen.bench.hidden},
 * {@code zen.bench.scaler}, {@code zen.bench.seed}, {@code zen.bench.lr} and
 * {@code zen.bench.movingAvgWindow} (DLinear's, 25) change them for experiments (pass them in
 * {@code JAVA_OPTS} to {@code ci/bench-forecast.sh}). A model written {@code NAME@M:SEED/LOSS} overrides
 * inputSize ({@code M} times {@code h}), the seed and the training loss (MAE by default; mse, huber,
 * smape, mape, mase with the bench's season) for that model only ({@link ModelSpec}).
 *
 * <p>{@code --validate TRAIN H SEASON MODEL...} reads no test file: it holds out the last {@code h}
 * values of every training series ({@link HoldOut}), fits on the rest, scores the held-out values,
 * and prints the median ensemble of the listed models that greedy forward selection picks by
 * {@code zen.bench.select} (smape, mase or owa; {@link EnsembleSelection}). Settings are chosen
 * there and then run once on the test file.
 *
 * <p>{@code zen.bench.cache=DIR} keeps every neural model's forecasts in {@code DIR} and reuses them
 * when the same model runs again on the same files with the same settings ({@link ForecastCache}), so
 * that a large candidate pool can be fitted over several runs and selected from in one; a reused
 * model reports the fit and predict seconds of the run that fitted it.
 */
public final class ForecastBench {

    /** Overrides for experiments, each a system property; the defaults are the documented settings. */
    private static final int STEPS = Integer.getInteger("zen.bench.steps", 1000);
    private static final int INPUT_MULTIPLIER = Integer.getInteger("zen.bench.inputMultiplier", 2);
    private static final int HIDDEN = Integer.getInteger("zen.bench.hidden", 256);
    private static final String SCALER = System.getProperty("zen.bench.scaler", "standard");
    private static final long SEED = Long.getLong("zen.bench.seed", 1);
    private static final float LEARNING_RATE = Float.parseFloat(System.getProperty("zen.bench.lr", "1e-3"));
    /** DLinear's trend window; neuralforecast's 25 exceeds the short yearly series' whole input. */
    private static final int MOVING_AVG_WINDOW = Integer.getInteger("zen.bench.movingAvgWindow", 25);
    /** What {@code --validate}'s ensemble selection minimises: smape, mase or owa. */
    private static final String SELECT = System.getProperty("zen.bench.select", "owa");
    /** A folder that keeps neural models' forecasts across runs ({@link ForecastCache}); unset, none. */
    private static final String CACHE = System.getProperty("zen.bench.cache");

    private static final int WINDOWS_BATCH_SIZE = 512;
    private static final int LR_DECAYS = 3;
    /** Models fitted in milliseconds, never cached. */
    private static final Set<String> BASELINES = Set.of("naive", "snaive", "naive2", "rwd", "theta");

    private ForecastBench() {
    }

    /** One model's forecasts and timings. */
    private record Run(String name, Map<String, double[]> forecasts, double fitSeconds, double predictSeconds) {
    }

    /** {@code TRAIN TEST H SEASON MODEL...} or {@code --validate TRAIN H SEASON MODEL...}. */
    public static void main(String[] args) throws IOException {
        boolean validate = args.length > 0 && args[0].equals("--validate");
        List<String> rest = Arrays.asList(args).subList(validate ? 1 : 0, args.length);
        int fixed = validate ? 3 : 4;
        if (rest.size() <= fixed) {
            System.err.println("usage: ForecastBench TRAIN TEST H SEASON MODEL...\n"
                    + "       ForecastBench --validate TRAIN H SEASON MODEL...\n"
                    + "models: naive snaive naive2 rwd theta mlp nhits nbeats nlinear dlinear,"
                    + " each as NAME[@MULTIPLIER][:SEED][/LOSS]\n"
                    + "losses: mae (default) mse huber smape mape mase (seasonality SEASON)");
            System.exit(2);
        }
        TimeSeriesFrame file = TimeSeriesCsv.read(Path.of(rest.get(0)));
        int h = Integer.parseInt(rest.get(fixed - 2));
        int season = Integer.parseInt(rest.get(fixed - 1));
        TimeSeriesFrame train = file;
        TimeSeriesFrame test;
        String source;
        if (validate) {
            HoldOut split = HoldOut.of(file, h);
            train = split.fit();
            test = split.held();
            source = Path.of(rest.get(0)).getFileName() + " (validation: last " + h + " values of every series held out)";
        } else {
            test = TimeSeriesCsv.read(Path.of(rest.get(1)));
            source = Path.of(rest.get(0)).getFileName() + "/" + Path.of(rest.get(1)).getFileName();
        }
        Frequency freq = frequency(train, season);
        ForecastCache cache = CACHE == null ? null
                : new ForecastCache(Path.of(CACHE), context(validate, rest.subList(0, fixed - 2), h, season));

        Run naive2 = baseline("naive2", new Naive2(season), train, h);
        List<Run> runs = new ArrayList<>();
        for (String text : rest.subList(fixed, rest.size())) {
            runs.add(run(ModelSpec.parse(text, INPUT_MULTIPLIER, SEED, season), naive2, train, h, season, freq,
                    cache));
        }
        if (runs.size() > 1) {
            runs.add(new Run("ensemble(median)", median(runs), runs.stream().mapToDouble(Run::fitSeconds).sum(),
                    runs.stream().mapToDouble(Run::predictSeconds).sum()));
        }
        Scorer scorer = new Scorer(train, test, season, naive2.forecasts());
        System.out.printf(Locale.ROOT, "%s: %d series, h=%d, season %d, freq %s; SGEMM kernel %s%n", source,
                train.seriesCount(), h, season, freq.code(), Sgemm.kernelName());
        System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %9s %10s %12s%n", "model", "sMAPE", "MASE", "OWA", "fit s",
                "predict s", "windows/s");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "%-18s %8.3f %8.3f %8.3f %9.2f %10.3f %12.0f%n", run.name(),
                    scorer.smape(run.forecasts()), scorer.mase(run.forecasts()), scorer.owa(run.forecasts()),
                    run.fitSeconds(), run.predictSeconds(), train.seriesCount() / run.predictSeconds());
        }
        if (validate && runs.size() > 2) {
            Map<String, Map<String, double[]>> candidates = new LinkedHashMap<>();
            runs.subList(0, runs.size() - 1).forEach(r -> candidates.put(r.name(), r.forecasts()));
            EnsembleSelection.Choice choice = EnsembleSelection.greedy(candidates, scorer.criterion(SELECT));
            Map<String, double[]> chosen = EnsembleSelection.median(choice.members().stream().map(candidates::get).toList());
            System.out.printf(Locale.ROOT, "greedy median ensemble by %s: %s%n  sMAPE %.3f  MASE %.3f  OWA %.3f%n",
                    SELECT, String.join(" ", choice.members()), scorer.smape(chosen), scorer.mase(chosen),
                    scorer.owa(chosen));
        }
    }

    private static Run run(ModelSpec spec, Run naive2, TimeSeriesFrame train, int h, int season, Frequency freq,
            ForecastCache cache) {
        if (cache != null && !BASELINES.contains(spec.name())) {
            var stored = cache.load(spec.label());
            if (stored.isPresent()) {
                ForecastCache.Entry e = stored.get();
                return new Run(spec.label(), e.forecasts(), e.fitSeconds(), e.predictSeconds());
            }
            Run fitted = run(spec, naive2, train, h, season, freq, null);
            cache.store(spec.label(), new ForecastCache.Entry(fitted.forecasts(), fitted.fitSeconds(),
                    fitted.predictSeconds()));
            return fitted;
        }
        return switch (spec.name()) {
            case "naive" -> baseline(spec.label(), new Naive(), train, h);
            case "snaive" -> baseline(spec.label(), new SeasonalNaive(season), train, h);
            case "naive2" -> naive2;
            case "rwd" -> baseline(spec.label(), new RandomWalkWithDrift(), train, h);
            case "theta" -> baseline(spec.label(), new Theta(season), train, h);
            case "mlp" -> neural(spec, Mlp.builder(h).hiddenSize(HIDDEN).numLayers(2), train, freq);
            case "nhits" -> neural(spec, NHits.builder(h).hiddenSize(HIDDEN), train, freq);
            case "nbeats" -> neural(spec, NBeats.builder(h).hiddenSize(HIDDEN), train, freq);
            case "nlinear" -> neural(spec, NLinear.builder(h), train, freq);
            case "dlinear" -> neural(spec, DLinear.builder(h).movingAvgWindow(MOVING_AVG_WINDOW), train, freq);
            default -> throw new IllegalArgumentException("unknown model '" + spec.name()
                    + "'; expected naive, snaive, naive2, rwd, theta, mlp, nhits, nbeats, nlinear or dlinear");
        };
    }

    private static Run baseline(String name, Baseline model, TimeSeriesFrame train, int h) {
        long t0 = System.nanoTime();
        Map<String, double[]> forecasts = model.forecast(train, h);
        return new Run(name, forecasts, 0, (System.nanoTime() - t0) * 1e-9);
    }

    /** Trains with the bench's shared settings (see the class comment) and forecasts once. */
    private static Run neural(ModelSpec spec, WindowModelBuilder<?> builder, TimeSeriesFrame train, Frequency freq) {
        int h = builder.h();
        String name = spec.label();
        ForecastModel model = builder.inputSize(spec.inputMultiplier() * h).maxSteps(STEPS)
                .windowsBatchSize(WINDOWS_BATCH_SIZE).learningRate(LEARNING_RATE).numLrDecays(LR_DECAYS).scalerType(ScalerType.fromLabel(SCALER))
                .startPaddingEnabled(true).randomSeed(spec.seed()).loss(spec.loss()).alias(name).build();
        NeuralForecast nf = new NeuralForecast(List.of(model), freq);
        long t0 = System.nanoTime();
        nf.fit(train);
        long t1 = System.nanoTime();
        ForecastFrame forecast = nf.predict();
        long t2 = System.nanoTime();
        return new Run(name, forecast.byId(name), (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /**
     * What a cached forecast depends on besides the model as written: the mode, the data files'
     * contents, {@code h}, the season and every bench setting.
     */
    private static String context(boolean validate, List<String> files, int h, int season) throws IOException {
        StringBuilder text = new StringBuilder(validate ? "validate" : "test");
        for (String file : files) {
            text.append(' ').append(ForecastCache.digest(Files.readAllBytes(Path.of(file))));
        }
        return text.append(String.format(Locale.ROOT,
                " h=%d season=%d steps=%d inputMultiplier=%d hidden=%d scaler=%s seed=%d lr=%s movingAvgWindow=%d"
                        + " windowsBatchSize=%d numLrDecays=%d", h, season, STEPS, INPUT_MULTIPLIER, HIDDEN, SCALER, SEED,
                LEARNING_RATE, MOVING_AVG_WINDOW, WINDOWS_BATCH_SIZE, LR_DECAYS)).toString();
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

    private static Map<String, double[]> median(List<Run> runs) {
        return EnsembleSelection.median(runs.stream().map(Run::forecasts).toList());
    }
}
