package dev.zenneural.tools.plot;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A picture of forecasts: one panel per series (the first {@link Settings#maxSeries()} of the
 * forecast frame, two panels a row), each with the end of the series' history, every model's point
 * forecast as a line, its prediction intervals as shaded bands (the widest palest) and, where given,
 * the actual values of the forecast period. Dated series get dates on the x axis; integer-indexed
 * ones their index.
 */
public final class ForecastPlot {

    /** Panels a row when there is more than one series. */
    private static final int COLUMNS = 2;
    /** A panel's size when the picture's size is not given, in pixels. */
    private static final int PANEL_WIDTH = 800;
    private static final int PANEL_HEIGHT = 450;

    // Tableau's ten colours without the grey: distinct, and readable on white.
    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14),
        new Color(44, 160, 44), new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75),
        new Color(227, 119, 194), new Color(188, 189, 34), new Color(23, 190, 207)};
    private static final Color HISTORY = new Color(60, 60, 60);
    private static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);

    /**
     * One model's columns in the forecast frame.
     *
     * @param label the name in the legend
     * @param pointColumn the point forecast's column ({@code MLP} or {@code MLP-median})
     * @param intervals the prediction intervals, any order
     */
    public record Model(String label, String pointColumn, List<Interval> intervals) {

        /** Copies the interval list. */
        public Model {
            intervals = List.copyOf(intervals);
        }

        /**
         * A model's columns from its alias and its loss's output suffixes, neuralforecast's naming:
         * the point forecast is {@code alias + suffixes[pointOutput]}; each pair {@code -lo-L} and
         * {@code -hi-L} is the interval of level {@code L}.
         */
        public static Model of(String alias, List<String> outputSuffixes, int pointOutput) {
            List<Interval> intervals = new ArrayList<>();
            for (String suffix : outputSuffixes) {
                if (suffix.startsWith("-lo-")) {
                    String level = suffix.substring("-lo-".length());
                    if (outputSuffixes.contains("-hi-" + level)) {
                        intervals.add(new Interval(level, alias + suffix, alias + "-hi-" + level));
                    }
                }
            }
            return new Model(alias, alias + outputSuffixes.get(pointOutput), intervals);
        }
    }

    /**
     * A prediction interval's columns.
     *
     * @param level the level in percent as the column names write it ({@code 90})
     * @param loColumn the lower bound's column
     * @param hiColumn the upper bound's column
     */
    public record Interval(String level, String loColumn, String hiColumn) {
    }

    /**
     * What the picture shows and how large it is.
     *
     * @param historySteps how many of each series' last observations to draw, at least 1
     * @param maxSeries how many series to draw at most (the first ones), at least 1
     * @param width the picture's width in pixels, or 0 for 800 a panel
     * @param height the picture's height in pixels, or 0 for 450 a panel
     */
    public record Settings(int historySteps, int maxSeries, int width, int height) {

        /** Checks the numbers. */
        public Settings {
            if (historySteps < 1 || maxSeries < 1 || width < 0 || height < 0) {
                throw new IllegalArgumentException("plot settings: history steps and series must be at least 1,"
                        + " sizes at least 0; got " + historySteps + ", " + maxSeries + ", " + width + "x" + height);
            }
        }
    }

    private final TimeSeriesFrame history;
    private final ForecastFrame forecast;
    private final List<Model> models;
    private final TimeSeriesFrame actuals;
    private final Settings settings;
    private final YearAxis axis;

    /**
     * A plot of {@code forecast} after {@code history}.
     *
     * @param actuals what happened in the forecast period, drawn dashed; or null
     * @throws IllegalArgumentException when a model names a column the forecast frame does not have
     */
    public ForecastPlot(TimeSeriesFrame history, ForecastFrame forecast, List<Model> models, TimeSeriesFrame actuals,
            Settings settings) {
        for (Model m : models) {
            forecast.column(m.pointColumn());
            for (Interval i : m.intervals()) {
                forecast.column(i.loColumn());
                forecast.column(i.hiColumn());
            }
        }
        this.history = history;
        this.forecast = forecast;
        this.models = List.copyOf(models);
        this.actuals = actuals;
        this.settings = settings;
        this.axis = YearAxis.forDates(history, forecast);
    }

    /** The ids of the series drawn, in panel order. */
    public List<String> seriesShown() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int r = 0; r < forecast.rowCount() && ids.size() < settings.maxSeries(); r++) {
            ids.add(forecast.id(r));
        }
        return List.copyOf(ids);
    }

    /**
     * Draws the plot into {@code file}, atomically, as PNG or SVG by its extension.
     *
     * @throws IllegalArgumentException when the extension is neither {@code .png} nor {@code .svg}
     */
    public void write(Path file) throws IOException {
        PlotFormat.of(file);
        List<String> ids = seriesShown();
        List<XYChart> charts = new ArrayList<>();
        for (String id : ids) {
            charts.add(panel(id));
        }
        int columns = ids.size() == 1 ? 1 : COLUMNS;
        int rows = (ids.size() + columns - 1) / columns;
        new ChartGrid(charts, columns, settings.width() > 0 ? settings.width() : columns * PANEL_WIDTH,
                settings.height() > 0 ? settings.height() : rows * PANEL_HEIGHT).write(file);
    }

    private XYChart panel(String id) {
        XYChart chart = new XYChart(PANEL_WIDTH, PANEL_HEIGHT);
        chart.setTitle(id);
        chart.setXAxisTitle("ds");
        chart.setYAxisTitle("y");
        style(chart);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < forecast.rowCount(); r++) {
            if (forecast.id(r).equals(id)) {
                rows.add(r);
            }
        }
        List<Double> x = new ArrayList<>();
        for (int r : rows) {
            x.add(xValue(forecast.ds(r)));
        }
        for (int m = 0; m < models.size(); m++) {
            Color colour = PALETTE[m % PALETTE.length];
            List<Interval> widestFirst = new ArrayList<>(models.get(m).intervals());
            widestFirst.sort((a, b) -> Double.compare(Double.parseDouble(b.level()), Double.parseDouble(a.level())));
            for (int i = 0; i < widestFirst.size(); i++) {
                band(chart, models.get(m).label(), widestFirst.get(i), rows, x,
                        withAlpha(colour, i == widestFirst.size() - 1 ? 90 : 45));
            }
        }
        int at = history.indexOf(id);
        if (at >= 0) {
            line(chart, "history", history.ds(at), history.y(at), settings.historySteps(), HISTORY, null);
        }
        for (int m = 0; m < models.size(); m++) {
            List<Double> y = new ArrayList<>();
            for (int r : rows) {
                y.add(forecast.value(r, models.get(m).pointColumn()));
            }
            XYSeries s = chart.addSeries(models.get(m).label(), x, y);
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[m % PALETTE.length]);
            s.setLineWidth(2.2f);
        }
        // Last, so that it shows on top of the forecasts it is compared with.
        if (actuals != null && actuals.indexOf(id) >= 0) {
            int a = actuals.indexOf(id);
            line(chart, "actual", actuals.ds(a), actuals.y(a), actuals.length(a), Color.BLACK, DASHED);
        }
        return chart;
    }

    private void style(XYChart chart) {
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(200, 200, 200));
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setChartTitleBoxVisible(false);
        // Below the plot, in a row: inside, it hides whichever peak happens to be in its corner.
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(new Color(200, 200, 200));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (forecast.dsKind() == DsKind.DATE) {
            styler.setXAxisTickLabelsFormattingFunction(axis::label);
        } else {
            styler.setXAxisDecimalPattern("0");
        }
        styler.setYAxisDecimalPattern("#,##0.##");
        styler.setMarkerSize(0);
    }

    private double xValue(long ds) {
        return forecast.dsKind() == DsKind.DATE ? axis.x(ds) : ds;
    }

    private void line(XYChart chart, String name, java.nio.LongBuffer ds, java.nio.DoubleBuffer y, int last,
            Color colour, BasicStroke stroke) {
        int n = ds.remaining();
        List<Double> x = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int t = Math.max(0, n - last); t < n; t++) {
            x.add(xValue(ds.get(t)));
            values.add(y.get(t));
        }
        XYSeries s = chart.addSeries(name, x, values);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineWidth(1.8f);
        if (stroke != null) {
            s.setLineStyle(stroke);
        }
    }

    /** An interval as a closed polygon: along the upper bound, back along the lower one. */
    private void band(XYChart chart, String label, Interval interval, List<Integer> rows, List<Double> x,
            Color fill) {
        List<Double> px = new ArrayList<>(x);
        List<Double> py = new ArrayList<>();
        for (int r : rows) {
            py.add(forecast.value(r, interval.hiColumn()));
        }
        for (int k = rows.size() - 1; k >= 0; k--) {
            px.add(x.get(k));
            py.add(forecast.value(rows.get(k), interval.loColumn()));
        }
        XYSeries s = chart.addSeries(label + " " + interval.level() + "%", px, py);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineWidth(0f);
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
