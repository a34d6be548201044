package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.FrameReaders;
import dev.zenneural.ml.metrics.Metrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zen cv}: neuralforecast's cross-validation: forecasts from {@code --windows} cutoffs,
 * scored against the values that followed; prints MAE, RMSE and sMAPE per model, beside the naive
 * forecast (the last value before each cutoff).
 */
@Command(name = "cv", mixinStandardHelpOptions = true,
        description = "Cross-validate global models on long-format series (CSV; Arrow IPC or Parquet with the dataframes"
                + " gate): forecasts from several cutoffs, scored.")
final class CvCommand implements Callable<Integer> {

    @Mixin
    ForecastOptions options = new ForecastOptions();

    @Option(names = "--windows", paramLabel = "N", defaultValue = "1",
            description = "Cutoffs to forecast from (default: ${DEFAULT-VALUE}).")
    int windows;

    @Option(names = "--step-size", paramLabel = "STEPS", description = "Steps between cutoffs (default: h).")
    Integer stepSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        List<ForecastModel> models = options.models(cli);
        Usage.atLeastOne(cli, "--windows", windows);
        NeuralForecast nf = new NeuralForecast(models, options.frequency(cli), options.trainingBackend(cli));
        TimeSeriesFrame frame = FrameReaders.read(options.data(cli));
        ForecastFrame cv = nf.crossValidation(frame, windows, stepSize == null ? options.h : stepSize, false);
        PrintWriter out = cli.getOut();
        out.printf(Locale.ROOT, "%d series, %d windows of h=%d: %d forecasts per model%n", frame.seriesCount(),
                windows, options.h, cv.rowCount());
        out.printf(Locale.ROOT, "%-16s %12s %12s %10s%n", "model", "MAE", "RMSE", "sMAPE");
        double[] y = cv.column("y");
        for (ForecastModel m : models) {
            String column = m.settings().alias() + m.settings().loss().outputSuffixes().get(m.settings().loss()
                    .pointOutput());
            print(out, m.settings().alias(), y, cv.column(column));
        }
        print(out, "naive", y, naive(frame, cv));
        return 0;
    }

    /** The last value before each row's cutoff. */
    private static double[] naive(TimeSeriesFrame frame, ForecastFrame cv) {
        double[] result = new double[cv.rowCount()];
        for (int r = 0; r < cv.rowCount(); r++) {
            int series = frame.indexOf(cv.id(r));
            java.nio.LongBuffer ds = frame.ds(series);
            int at = 0;
            while (at + 1 < ds.remaining() && ds.get(at + 1) <= cv.cutoff(r)) {
                at++;
            }
            result[r] = frame.y(series).get(at);
        }
        return result;
    }

    private static void print(PrintWriter out, String name, double[] y, double[] f) {
        out.printf(Locale.ROOT, "%-16s %12.4f %12.4f %10.3f%n", name, Metrics.mae(y, f), Metrics.rmse(y, f),
                Metrics.smape(y, f));
    }
}
