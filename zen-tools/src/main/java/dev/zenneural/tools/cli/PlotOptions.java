package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.WindowSettings;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.tools.plot.ForecastPlot;
import dev.zenneural.tools.plot.PlotFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The plot options of {@code zen forecast}: where, how many series, how much history, how large. */
final class PlotOptions {

    @Option(names = "--plot", paramLabel = "FILE",
            description = "Also draw history, forecasts and intervals (with --levels) per series into FILE,"
                    + " a .png or .svg.")
    Path file;

    @Option(names = "--plot-series", paramLabel = "N", defaultValue = "6",
            description = "Draw the first N series, two panels a row (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--plot-history", paramLabel = "STEPS",
            description = "Observations of history drawn before the forecast (default: 4 h).")
    Integer history;

    @Option(names = "--plot-size", paramLabel = "WIDTHxHEIGHT",
            description = "The picture's size in pixels (default: 800x450 a panel).")
    String size;

    /** Rejects bad plot options as usage errors, before any model is fitted. */
    void check(CommandLine cli) {
        if (file == null) {
            return;
        }
        try {
            PlotFormat.of(file);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--plot: " + e.getMessage());
        }
        Usage.atLeastOne(cli, "--plot-series", series);
        if (history != null) {
            Usage.atLeastOne(cli, "--plot-history", history);
        }
        pixels(cli);
    }

    /**
     * Draws the plot (after {@link #check}).
     *
     * @param actuals the values of the forecast period, drawn dashed; or null
     * @return the ids of the series drawn
     */
    List<String> write(TimeSeriesFrame history, ForecastFrame forecast, List<ForecastModel> models,
            TimeSeriesFrame actuals, int h) throws IOException {
        int[] wh = pixels(null);
        List<ForecastPlot.Model> columns = new ArrayList<>();
        for (ForecastModel m : models) {
            columns.add(columns(m));
        }
        ForecastPlot plot = new ForecastPlot(history, forecast, columns, actuals,
                new ForecastPlot.Settings(this.history == null ? 4 * h : this.history, series, wh[0], wh[1]));
        plot.write(file);
        return plot.seriesShown();
    }

    /** A model's columns in a forecast frame: its point forecast and its intervals. */
    static ForecastPlot.Model columns(ForecastModel model) {
        WindowSettings s = model.settings();
        return ForecastPlot.Model.of(s.alias(), s.loss().outputSuffixes(), s.loss().pointOutput());
    }

    /** Width and height from {@code --plot-size}, {0, 0} without it. */
    private int[] pixels(CommandLine cli) {
        if (size == null) {
            return new int[2];
        }
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0]);
                int h = Integer.parseInt(parts[1]);
                if (w >= 100 && h >= 100 && w <= 10_000 && h <= 10_000) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message below.
        }
        throw new CommandLine.ParameterException(cli, "--plot-size must be WIDTHxHEIGHT in pixels, each 100 to"
                + " 10000, e.g. 1200x600; got '" + size + "'");
    }
}
