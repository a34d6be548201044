package dev.zenneural.benchmarks.forecast;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.metrics.FrameMetrics;
import dev.zenneural.ml.metrics.Metric;
import dev.zenneural.ml.metrics.Owa;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Scores forecasts against one test (or held-out) frame: sMAPE, MASE, and OWA against Naive2's forecasts. */
final class Scorer {

    private final TimeSeriesFrame train;
    private final TimeSeriesFrame test;
    private final int season;
    private final double[] naive2Smape;
    private final double[] naive2Mase;

    Scorer(TimeSeriesFrame train, TimeSeriesFrame test, int season, Map<String, double[]> naive2) {
        this.train = train;
        this.test = test;
        this.season = season;
        this.naive2Smape = FrameMetrics.perSeries(Metric.SMAPE, train, test, naive2, season);
        this.naive2Mase = FrameMetrics.perSeries(Metric.MASE, train, test, naive2, season);
    }

    double smape(Map<String, double[]> forecasts) {
        return FrameMetrics.mean(Metric.SMAPE, train, test, forecasts, season);
    }

    double mase(Map<String, double[]> forecasts) {
        return FrameMetrics.mean(Metric.MASE, train, test, forecasts, season);
    }

    double owa(Map<String, double[]> forecasts) {
        return Owa.overSeries(FrameMetrics.perSeries(Metric.SMAPE, train, test, forecasts, season),
                FrameMetrics.perSeries(Metric.MASE, train, test, forecasts, season), naive2Smape, naive2Mase);
    }

    /**
     * The score named {@code name}.
     *
     * @throws IllegalArgumentException for a name other than smape, mase or owa
     */
    ToDoubleFunction<Map<String, double[]>> criterion(String name) {
        return switch (name) {
            case "smape" -> this::smape;
            case "mase" -> this::mase;
            case "owa" -> this::owa;
            default -> throw new IllegalArgumentException("zen.bench.select must be smape, mase or owa, got " + name);
        };
    }
}
