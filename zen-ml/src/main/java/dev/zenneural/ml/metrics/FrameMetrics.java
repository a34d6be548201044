package dev.zenneural.ml.metrics;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.nio.DoubleBuffer;
import java.util.Map;

/**
 * Scores the forecasts of every series of a test frame, and averages per-series scores over series,
 * as the M3, M4 and Tourism results are reported (a metric is averaged over the horizon within a
 * series, then over series).
 */
public final class FrameMetrics {

    private FrameMetrics() {
    }

    /**
     * One score per series of {@code actual}, in its series order.
     *
     * @param insample the training frame: holds every series of {@code actual} under the same id
     *        (read by MASE only, but always required so that a missing series is caught early)
     * @param actual the test frame: the values that followed each training series
     * @param forecasts a forecast per series id, each as long as that series in {@code actual}
     * @param seasonLength MASE's lag {@code m}
     * @throws IllegalArgumentException naming the series when it lacks a training series or a
     *         forecast, when the lengths differ, or when the metric rejects its values
     */
    public static double[] perSeries(Metric metric, TimeSeriesFrame insample, TimeSeriesFrame actual,
            Map<String, double[]> forecasts, int seasonLength) {
        if (metric == null || insample == null || actual == null || forecasts == null) {
            throw new IllegalArgumentException("metric, insample, actual and forecasts are all required");
        }
        double[] scores = new double[actual.seriesCount()];
        for (int s = 0; s < scores.length; s++) {
            String id = actual.id(s);
            int train = insample.indexOf(id);
            if (train < 0) {
                throw new IllegalArgumentException("series " + id + " is in the test frame but not in the"
                        + " training frame");
            }
            double[] forecast = forecasts.get(id);
            if (forecast == null) {
                throw new IllegalArgumentException("no forecast for series " + id);
            }
            try {
                scores[s] = metric.score(copy(actual.y(s)), forecast, copy(insample.y(train)), seasonLength);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("series " + id + ": " + metric.label() + ": " + e.getMessage(), e);
            }
        }
        return scores;
    }

    /** The mean of {@link #perSeries} over all series of {@code actual}. */
    public static double mean(Metric metric, TimeSeriesFrame insample, TimeSeriesFrame actual,
            Map<String, double[]> forecasts, int seasonLength) {
        return mean(perSeries(metric, insample, actual, forecasts, seasonLength));
    }

    /** The mean of per-series scores. */
    public static double mean(double[] perSeries) {
        Checks.finite("perSeries", perSeries);
        double sum = 0;
        for (double score : perSeries) {
            sum += score;
        }
        return sum / perSeries.length;
    }

    private static double[] copy(DoubleBuffer view) {
        double[] values = new double[view.remaining()];
        view.get(values);
        return values;
    }
}
