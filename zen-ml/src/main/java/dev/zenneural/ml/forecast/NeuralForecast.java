package dev.zenneural.ml.forecast;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * neuralforecast's facade: global models trained on every series of a frame at once, then
 * forecasting each series' next {@code h} steps. {@code fit} then {@code predict}, or
 * {@code crossValidation} for forecasts from several cutoffs scored against the truth. Output
 * columns follow neuralforecast: {@code unique_id}, {@code ds}, then per model {@code <alias>} (and
 * {@code <alias>-lo-90}-style columns for quantile losses).
 *
 * <p>Mutable, as neuralforecast's object is: {@link #fit} replaces the trained models. Not
 * thread-safe.
 */
public final class NeuralForecast {

    private final List<ForecastModel> models;
    private final Frequency freq;
    private final int h;
    private final TrainingBackend backend;
    private List<FittedModel> fitted;
    private SeriesSet data;

    /**
     * A forecaster of {@code models} for data at frequency {@code freq}.
     *
     * @throws IllegalArgumentException if there are no models, two share an alias, or their
     *     horizons differ
     */
    public NeuralForecast(List<? extends ForecastModel> models, Frequency freq) {
        this(models, freq, TrainingBackend.host());
    }

    /**
     * A forecaster of {@code models} that trains them on {@code backend} (see {@link TrainingBackend}:
     * with a device, {@link #fit} and {@link #crossValidation} fail before training if the device is
     * missing or cannot train one of the models).
     *
     * @throws IllegalArgumentException as {@link #NeuralForecast(List, Frequency)}
     */
    public NeuralForecast(List<? extends ForecastModel> models, Frequency freq, TrainingBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.models = List.copyOf(models);
        this.freq = Objects.requireNonNull(freq, "freq");
        if (this.models.isEmpty()) {
            throw new IllegalArgumentException("NeuralForecast needs at least one model");
        }
        Set<String> aliases = new HashSet<>();
        for (ForecastModel m : this.models) {
            if (!aliases.add(m.settings().alias())) {
                throw new IllegalArgumentException("two models are called " + m.settings().alias()
                        + "; give them different aliases");
            }
        }
        this.h = this.models.get(0).settings().h();
        for (ForecastModel m : this.models) {
            if (m.settings().h() != h) {
                throw new IllegalArgumentException("models forecast different horizons: " + this.models.get(0)
                        .settings().alias() + " h=" + h + ", " + m.settings().alias() + " h=" + m.settings().h());
            }
        }
    }

    /** Trains every model on all of {@code frame}. */
    public NeuralForecast fit(TimeSeriesFrame frame) {
        return fit(frame, 0, StepListener.NONE);
    }

    /**
     * Trains every model on {@code frame}, holding out the last {@code valSize} values of each series
     * for validation (early stopping), reporting every step to {@code listener}.
     *
     * @throws IllegalArgumentException if the frame's timestamps do not fit the frequency, a value is
     *     not finite, a series is too short for a model, or the {@link #backend()}'s device cannot
     *     train a model (checked before any trains)
     * @throws dev.zenneural.core.backend.BackendUnavailableException if the {@link #backend()} names a
     *     device that is not there or does not train models
     */
    public NeuralForecast fit(TimeSeriesFrame frame, int valSize, StepListener listener) {
        return fit(frame, StaticFeatures.NONE, valSize, listener);
    }

    /**
     * {@link #fit(TimeSeriesFrame, int, StepListener)} with static features per series
     * (neuralforecast's {@code static_df}) for models with a {@code statExogList}.
     *
     * @throws IllegalArgumentException also if a series lacks a static feature a model reads
     */
    public NeuralForecast fit(TimeSeriesFrame frame, StaticFeatures statics, int valSize, StepListener listener) {
        checkKind(frame);
        Objects.requireNonNull(listener, "listener");
        SeriesSet set = SeriesSet.of(frame, exogenousColumns(), statics, staticColumns());
        this.fitted = train(set, valSize, listener);
        this.data = set;
        return this;
    }

    /** Every static feature some model reads. */
    private List<String> staticColumns() {
        return columns(WindowSettings::statExogList);
    }

    /** Every future exogenous column some model reads. */
    private List<String> futureColumns() {
        return columns(WindowSettings::futrExogList);
    }

    /** Every exogenous column some model reads. */
    private List<String> exogenousColumns() {
        return columns(WindowSettings::histExogList, WindowSettings::futrExogList);
    }

    /** The names the models' {@code lists} hold, each once, in first-use order. */
    @SafeVarargs
    private List<String> columns(Function<WindowSettings, List<String>>... lists) {
        Set<String> names = new LinkedHashSet<>();
        for (ForecastModel m : models) {
            for (Function<WindowSettings, List<String>> list : lists) {
                names.addAll(list.apply(m.settings()));
            }
        }
        return List.copyOf(names);
    }

    /** Where the models train. */
    public TrainingBackend backend() {
        return backend;
    }

    private List<FittedModel> train(SeriesSet set, int valSize, StepListener listener) {
        if (backend.deviceName().isEmpty()) {
            return train(set, valSize, listener, null);
        }
        try (ForecastDevice device = ForecastDevice.open(backend)) {
            // Every model is checked before the first trains: no half-trained fit for a missing feature.
            models.forEach(device::check);
            return train(set, valSize, listener, device);
        }
    }

    private List<FittedModel> train(SeriesSet set, int valSize, StepListener listener, ForecastDevice device) {
        List<FittedModel> result = new ArrayList<>();
        for (ForecastModel m : models) {
            result.add(WindowTrainer.fit(m, set, valSize, listener, device));
        }
        return result;
    }

    /**
     * Each series' next {@code h} steps after the data {@link #fit} saw.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public ForecastFrame predict() {
        if (fitted == null) {
            throw new IllegalStateException("predict() needs fit() first");
        }
        return forecast(fitted, data, null);
    }

    /**
     * Each series' next {@code h} steps, for models that read future exogenous columns:
     * {@code futr} holds their values for those steps (neuralforecast's {@code futr_df}: for every
     * series, the {@code h} rows after its last one; its {@code y} values are ignored).
     *
     * @throws IllegalStateException before {@link #fit}
     * @throws IllegalArgumentException naming the series, column or row {@code futr} lacks
     */
    public ForecastFrame predict(TimeSeriesFrame futr) {
        if (fitted == null) {
            throw new IllegalStateException("predict() needs fit() first");
        }
        return forecast(fitted, data.withFuture(futr, futureColumns(), freq, h), null);
    }

    /**
     * neuralforecast's {@code cross_validation}: forecasts from {@code nWindows} cutoffs,
     * {@code stepSize} apart, the last one {@code h} steps before each series ends; each forecast
     * row carries its {@code cutoff} and the true {@code y}. With {@code refit} the models are
     * trained again for every cutoff on the data up to it; without, once on the data up to the first
     * cutoff. Leaves the forecaster fitted as before.
     *
     * @throws IllegalArgumentException if a series is too short for the windows
     */
    public ForecastFrame crossValidation(TimeSeriesFrame frame, int nWindows, int stepSize, boolean refit) {
        return crossValidation(frame, StaticFeatures.NONE, nWindows, stepSize, refit);
    }

    /** {@link #crossValidation(TimeSeriesFrame, int, int, boolean)} with static features per series. */
    public ForecastFrame crossValidation(TimeSeriesFrame frame, StaticFeatures statics, int nWindows, int stepSize,
            boolean refit) {
        checkKind(frame);
        if (nWindows < 1 || stepSize < 1) {
            throw new IllegalArgumentException("nWindows and stepSize must be >= 1, got " + nWindows + " and "
                    + stepSize);
        }
        SeriesSet all = SeriesSet.of(frame, exogenousColumns(), statics, staticColumns());
        List<ForecastFrame> parts = new ArrayList<>();
        List<FittedModel> trained = null;
        for (int w = 0; w < nWindows; w++) {
            int drop = h + (nWindows - 1 - w) * stepSize;
            SeriesSet upToCutoff = all.withoutLast(drop, freq, futureColumns(), h);
            if (upToCutoff == null) {
                int shortest = 0;
                for (int s = 1; s < all.count(); s++) {
                    if (all.length(s) < all.length(shortest)) {
                        shortest = s;
                    }
                }
                throw new IllegalArgumentException("series " + all.id(shortest) + " (" + all.length(shortest)
                        + " values) is too short for " + nWindows + " windows of h=" + h + " stepping " + stepSize
                        + ": it would keep no history before the first cutoff");
            }
            if (trained == null || refit) {
                trained = train(upToCutoff, 0, StepListener.NONE);
            }
            parts.add(forecast(trained, upToCutoff, all));
        }
        return ForecastFrames.concat(parts);
    }

    private ForecastFrame forecast(List<FittedModel> trained, SeriesSet history, SeriesSet truth) {
        List<String> columns = new ArrayList<>();
        for (FittedModel m : trained) {
            for (String suffix : m.settings().loss().outputSuffixes()) {
                columns.add(m.settings().alias() + suffix);
            }
        }
        if (truth != null) {
            columns.add(0, "y");
        }
        int rows = history.count() * h;
        String[] ids = new String[rows];
        long[] ds = new long[rows];
        long[] cutoff = truth == null ? null : new long[rows];
        double[][] values = new double[columns.size()][rows];
        float[][] outputs = new float[trained.size()][];
        for (int m = 0; m < trained.size(); m++) {
            outputs[m] = trained.get(m).forecast(history);
        }
        for (int s = 0; s < history.count(); s++) {
            int col = 0;
            if (truth != null) {
                float[] actual = truth.values(s);
                int cut = history.length(s);
                for (int j = 0; j < h; j++) {
                    values[0][s * h + j] = actual[cut + j];
                }
                col = 1;
            }
            for (int m = 0; m < trained.size(); m++) {
                int k = trained.get(m).settings().loss().outputsPerStep();
                int base = s * h * k;
                for (int q = 0; q < k; q++) {
                    for (int j = 0; j < h; j++) {
                        values[col][s * h + j] = outputs[m][base + j * k + q];
                    }
                    col++;
                }
            }
            for (int j = 0; j < h; j++) {
                ids[s * h + j] = history.id(s);
                ds[s * h + j] = freq.plus(history.lastDs(s), j + 1);
                if (cutoff != null) {
                    cutoff[s * h + j] = history.lastDs(s);
                }
            }
        }
        return new ForecastFrame(freq.dsKind(), ids, ds, cutoff, columns, values);
    }

    /**
     * Saves the trained models, their configurations and the series they were fitted on, so that
     * {@link #load} gives a forecaster whose {@link #predict} is the same. Atomic: a failure never
     * leaves a half-written file.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    public void save(Path path) throws IOException {
        if (fitted == null) {
            throw new IllegalStateException("save() needs fit() first: there is nothing trained to save");
        }
        ModelFile.save(path, freq, fitted, data);
    }

    /**
     * A forecaster saved by {@link #save}, by this or an earlier version.
     *
     * @throws ModelFormatException naming the file if it is not a saved forecaster, is corrupted or
     *     truncated, or was saved by a newer version
     */
    public static NeuralForecast load(Path path) throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(path);
        NeuralForecast nf = new NeuralForecast(loaded.models().stream().map(FittedModel::model).toList(),
                loaded.freq());
        nf.fitted = loaded.models();
        nf.data = loaded.data();
        return nf;
    }

    /**
     * Checks that the frame's timestamps are of the frequency's kind and step by exactly one period:
     * a window model reads consecutive values as consecutive periods, so a gap would silently shift
     * every window that spans it.
     */
    private void checkKind(TimeSeriesFrame frame) {
        if (frame.dsKind() != freq.dsKind()) {
            throw new IllegalArgumentException("the frame's ds are " + frame.dsKind() + " values but freq "
                    + freq.code() + " steps " + freq.dsKind() + " values");
        }
        for (int s = 0; s < frame.seriesCount(); s++) {
            java.nio.LongBuffer ds = frame.ds(s);
            for (int i = 1; i < ds.remaining(); i++) {
                long expected = freq.plus(ds.get(i - 1), 1);
                if (ds.get(i) != expected) {
                    throw new IllegalArgumentException("series " + frame.id(s) + " jumps from ds "
                            + frame.dsKind().format(ds.get(i - 1)) + " to " + frame.dsKind().format(ds.get(i))
                            + "; at freq " + freq.code() + " the next is " + frame.dsKind().format(expected)
                            + " (fill the gap, or pick the data's frequency)");
                }
            }
        }
    }
}
