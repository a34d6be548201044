package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.TimeSeriesCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zen forecast}: fits the named models on every series of a CSV file and writes each series'
 * next {@code h} steps, as neuralforecast's {@code fit} then {@code predict}.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Fit global models on a long-format CSV and forecast every series h steps ahead.")
final class ForecastCommand implements Callable<Integer> {

    @Mixin
    ForecastOptions options = new ForecastOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the forecasts (CSV: unique_id,ds,<model>...); default: stdout.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        NeuralForecast nf = new NeuralForecast(options.models(cli), options.frequency(cli));
        TimeSeriesFrame frame = TimeSeriesCsv.read(options.data);
        ForecastFrame forecast = nf.fit(frame).predict();
        if (output == null) {
            Writer out = cli.getOut();
            forecast.writeCsv(out);
            out.flush();
        } else {
            StringWriter text = new StringWriter();
            forecast.writeCsv(text);
            dev.zenneural.core.io.AtomicFiles.write(output,
                    temporary -> Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8));
            cli.getErr().println("zen: " + forecast.rowCount() + " forecast rows (" + frame.seriesCount()
                    + " series x " + options.h + " steps) written to " + output);
        }
        return 0;
    }
}
