package dev.zenneural.tools.cli;

import dev.zenneural.ml.baseline.SeasonalNaive;
import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.metrics.Metrics;
import dev.zenneural.ml.scale.ScalerType;
import dev.zenneural.tools.plot.ForecastPlot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second half of {@code zen demo}: AirPassengers without its last year, forecast 12 months
 * ahead by an MLP and N-HiTS (median and 80/95 % intervals), scored on the held-out year with sMAPE
 * and MASE beside the seasonal naive forecast, and drawn.
 */
final class DemoForecast {

    private static final int H = 12;
    private static final int SEASON = 12;
    private static final int INPUT_SIZE = 36;
    private static final int[] LEVELS = {80, 95};
    private static final List<String> MODELS = List.of("mlp", "nhits");

    private final int maxSteps;
    private final long seed;

    DemoForecast(int maxSteps, long seed) {
        this.maxSteps = maxSteps;
        this.seed = seed;
    }

    /** Fits, scores, prints and draws the plot into {@code plot}; returns each model's sMAPE, in MODELS order. */
    double[] run(PrintWriter out, Path plot) throws IOException {
        TimeSeriesFrame all = DemoData.airPassengers();
        TimeSeriesFrame train = head(all, all.length(0) - H);
        TimeSeriesFrame test = tail(all, H);
        out.printf(Locale.ROOT, "2. Forecast: AirPassengers, monthly %s to %s; the models see up to %s and forecast"
                + " the last %d months%n", all.dsKind().format(all.ds(0).get(0)),
                all.dsKind().format(all.ds(0).get(all.length(0) - 1)),
                train.dsKind().format(train.ds(0).get(train.length(0) - 1)), H);
        List<ForecastModel> models = ForecastModels.create(MODELS, H, INPUT_SIZE, maxSteps, ScalerType.STANDARD, LEVELS,
                seed, List.of());
        long t0 = System.nanoTime();
        ForecastFrame forecast = new NeuralForecast(models, Frequency.MONTHLY).fit(train).predict();
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "   MLP and NHITS, %d training steps each, input %d months: fitted in %.1f s%n",
                maxSteps, INPUT_SIZE, seconds);
        double[] history = values(train);
        double[] actual = values(test);
        out.printf(Locale.ROOT, "   %-15s %8s %8s%n", "model", "sMAPE", "MASE");
        double[] smape = new double[models.size()];
        for (int m = 0; m < models.size(); m++) {
            ForecastPlot.Model columns = PlotOptions.columns(models.get(m));
            smape[m] = score(out, columns.label(), actual, forecast.column(columns.pointColumn()), history);
        }
        SeasonalNaive baseline = new SeasonalNaive(SEASON);
        score(out, baseline.alias(), actual, baseline.forecast(history, H), history);
        out.printf(Locale.ROOT, "   (sMAPE in %%, 0 to 200; MASE below 1 beats the in-sample seasonal naive"
                + " forecast)%n");
        List<ForecastPlot.Model> columns = new ArrayList<>();
        for (ForecastModel m : models) {
            columns.add(PlotOptions.columns(m));
        }
        new ForecastPlot(train, forecast, columns, test, new ForecastPlot.Settings(4 * SEASON, 1, 0, 0)).write(plot);
        out.printf(Locale.ROOT, "   plot: %s (last 4 years, forecasts with 80/95 %% intervals, the actual %s"
                + " dashed)%n", plot.toAbsolutePath().normalize(), "months");
        return smape;
    }

    private static double score(PrintWriter out, String name, double[] actual, double[] forecast, double[] history) {
        double smape = Metrics.smape(actual, forecast);
        out.printf(Locale.ROOT, "   %-15s %8.2f %8.3f%n", name, smape, Metrics.mase(actual, forecast, history, SEASON));
        return smape;
    }

    private static double[] values(TimeSeriesFrame frame) {
        DoubleBuffer y = frame.y(0);
        double[] v = new double[y.remaining()];
        y.get(v);
        return v;
    }

    /** The first {@code n} rows of the one series. */
    private static TimeSeriesFrame head(TimeSeriesFrame frame, int n) {
        return slice(frame, 0, n);
    }

    /** The last {@code n} rows of the one series. */
    private static TimeSeriesFrame tail(TimeSeriesFrame frame, int n) {
        return slice(frame, frame.length(0) - n, frame.length(0));
    }

    private static TimeSeriesFrame slice(TimeSeriesFrame frame, int from, int to) {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(frame.dsKind());
        LongBuffer ds = frame.ds(0);
        DoubleBuffer y = frame.y(0);
        for (int t = from; t < to; t++) {
            b.add(frame.id(0), ds.get(t), y.get(t));
        }
        return b.build();
    }
}
