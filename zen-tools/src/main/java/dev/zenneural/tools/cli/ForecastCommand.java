package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.ForecastWriter;
import dev.zenneural.ml.io.ForecastWriters;
import dev.zenneural.ml.io.FrameReaders;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zen forecast}: fits the named models on every series of a file (CSV; Arrow IPC and Parquet
 * where the dataframes gate is built, see {@link FrameReaders}) and writes each series' next
 * {@code h} steps, as neuralforecast's {@code fit} then {@code predict}; as CSV, JSON, Arrow IPC or
 * Parquet, and optionally as a picture.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Fit global models on long-format series (CSV; Arrow IPC or Parquet with the dataframes gate)"
                + " and forecast every series h steps ahead.")
final class ForecastCommand implements Callable<Integer> {

    @Mixin
    ForecastOptions options = new ForecastOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the forecasts (unique_id,ds,<model>...); default: stdout. A FILE ending in"
                    + " .arrow, .arrows or .parquet is written in that format (dataframes gate).")
    Path output;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "Output format (default: json for a FILE ending in .json, csv otherwise). JSON is an"
                    + " array of row objects with the CSV's column names; NaN is null.")
    OutputFormat format;

    @Mixin
    PlotOptions plot = new PlotOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        List<ForecastModel> models = options.models(cli);
        plot.check(cli);
        NeuralForecast nf = new NeuralForecast(models, options.frequency(cli), options.trainingBackend(cli));
        // Before the fit: a binary output whose gate is missing should fail in a second, not after training.
        Optional<ForecastWriter> binary = format == null && output != null ? ForecastWriters.forPath(output)
                : Optional.empty();
        Path data = options.data(cli);
        FileArguments.input(data);
        if (output != null) {
            FileArguments.output(cli, "--output", output, data);
        }
        TimeSeriesFrame frame = FrameReaders.read(data);
        ForecastFrame forecast = nf.fit(frame).predict();
        OutputFormat chosen = format != null ? format : OutputFormat.of(output);
        if (binary.isPresent()) {
            binary.get().write(forecast, output);
            written(cli, forecast, frame);
        } else if (output == null) {
            Writer out = cli.getOut();
            chosen.write(forecast, out);
            out.flush();
        } else {
            StringWriter text = new StringWriter();
            chosen.write(forecast, text);
            dev.zenneural.core.io.AtomicFiles.write(output,
                    temporary -> Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8));
            written(cli, forecast, frame);
        }
        if (plot.file != null) {
            List<String> shown = plot.write(frame, forecast, models, null, options.h);
            cli.getErr().println("zen: plot of " + shown.size() + " of " + frame.seriesCount() + " series written to "
                    + plot.file);
        }
        return 0;
    }

    private void written(CommandLine cli, ForecastFrame forecast, TimeSeriesFrame frame) {
        cli.getErr().println("zen: " + forecast.rowCount() + " forecast rows (" + frame.seriesCount()
                + " series x " + options.h + " steps) written to " + output);
    }
}
