package dev.zenneural.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameMetricsTest {

    private static TimeSeriesFrame frame(long firstDs, Object... idsAndValues) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int i = 0; i < idsAndValues.length; i += 2) {
            String id = (String) idsAndValues[i];
            double[] values = (double[]) idsAndValues[i + 1];
            for (int t = 0; t < values.length; t++) {
                builder.add(id, firstDs + t, values[t]);
            }
        }
        return builder.build();
    }

    // Series a: train 1 3 2 6 4 (lag-1 scale 9/4), test 5 7, forecast 4 4 (MAE 2).
    // Series b: train 10 20 (lag-1 scale 10), test 30 30, forecast 20 40 (MAE 10).
    private final TimeSeriesFrame train = frame(1, "a", new double[] {1, 3, 2, 6, 4}, "b", new double[] {10, 20});
    private final TimeSeriesFrame test = frame(10, "b", new double[] {30, 30}, "a", new double[] {5, 7});
    private final Map<String, double[]> forecasts = Map.of("a", new double[] {4, 4}, "b", new double[] {20, 40});

    @Test
    void scoresEverySeriesInTestFrameOrder() {
        // b first: MAE 10 / 10 = 1; a: 2 / (9/4) = 8/9
        assertArrayEquals(new double[] {1, 8.0 / 9},
                FrameMetrics.perSeries(Metric.MASE, train, test, forecasts, 1), 1e-12);
        assertArrayEquals(new double[] {10, 2}, FrameMetrics.perSeries(Metric.MAE, train, test, forecasts, 1), 1e-12);
    }

    @Test
    void meanIsOverSeries() {
        // (1 + 8/9) / 2 = 17/18
        assertEquals(17.0 / 18, FrameMetrics.mean(Metric.MASE, train, test, forecasts, 1), 1e-12);
        assertEquals(2.5, FrameMetrics.mean(new double[] {1, 4}), 0);
    }

    @Test
    void namesTheSeriesWithoutAForecast() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameMetrics.perSeries(Metric.MAE, train, test, Map.of("a", new double[] {4, 4}), 1));
        assertTrue(e.getMessage().contains("no forecast for series b"), e.getMessage());
    }

    @Test
    void namesTheSeriesWithoutTrainingData() {
        TimeSeriesFrame other = frame(10, "c", new double[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameMetrics.perSeries(Metric.MAE, train, other, Map.of("c", new double[] {1, 2}), 1));
        assertTrue(e.getMessage().contains("series c"), e.getMessage());
    }

    @Test
    void namesTheSeriesAndMetricWhenAScoreFails() {
        Map<String, double[]> shortForecast = Map.of("a", new double[] {4}, "b", new double[] {20, 40});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameMetrics.perSeries(Metric.SMAPE, train, test, shortForecast, 1));
        assertTrue(e.getMessage().startsWith("series a: smape: actual and forecast differ in length"),
                e.getMessage());
    }

    @Test
    void meanRefusesNoScores() {
        assertThrows(IllegalArgumentException.class, () -> FrameMetrics.mean(new double[0]));
    }
}
