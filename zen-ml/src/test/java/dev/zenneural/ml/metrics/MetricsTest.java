package dev.zenneural.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double EPS = 1e-12;

    // actual 10 20 30 40, forecast 12 18 33 40: errors -2, 2, -3, 0.
    private static final double[] ACTUAL = {10, 20, 30, 40};
    private static final double[] FORECAST = {12, 18, 33, 40};

    @Test
    void maeIsTheMeanAbsoluteError() {
        // (2 + 2 + 3 + 0) / 4 = 7/4
        assertEquals(1.75, Metrics.mae(ACTUAL, FORECAST), EPS);
    }

    @Test
    void mseAndRmse() {
        // (4 + 4 + 9 + 0) / 4 = 17/4; RMSE = sqrt(17)/2
        assertEquals(4.25, Metrics.mse(ACTUAL, FORECAST), EPS);
        assertEquals(Math.sqrt(17) / 2, Metrics.rmse(ACTUAL, FORECAST), EPS);
    }

    @Test
    void mapeIsInPercent() {
        // 100 * (2/10 + 2/20 + 3/30 + 0/40) / 4 = 100 * 0.4 / 4 = 10
        assertEquals(10, Metrics.mape(ACTUAL, FORECAST), EPS);
    }

    @Test
    void mapeUsesTheAbsoluteActual() {
        // 100 * (|-10 - -5| / 10) = 50
        assertEquals(50, Metrics.mape(new double[] {-10}, new double[] {-5}), EPS);
    }

    @Test
    void mapeRefusesAZeroActualAndNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mape(new double[] {1, 0, 2}, new double[] {1, 1, 1}));
        assertTrue(e.getMessage().contains("actual[1] is 0"), e.getMessage());
    }

    @Test
    void smapeIsM4s() {
        // 200|y-f|/(|y|+|f|): 400/22, 400/38, 600/63, 0; mean of the four
        double expected = (400.0 / 22 + 400.0 / 38 + 600.0 / 63 + 0) / 4;
        assertEquals(expected, Metrics.smape(ACTUAL, FORECAST), EPS);
        assertEquals(9.557986, expected, 1e-6); // the same, as a number
    }

    @Test
    void smapeCountsZeroOverZeroAsPerfect() {
        // step 1: 0/0 -> 0; step 2: 200 * 5 / (0 + 5) = 200; mean 100
        assertEquals(100, Metrics.smape(new double[] {0, 0}, new double[] {0, 5}), EPS);
    }

    @Test
    void smapeIsAtMost200() {
        // opposite signs: 200 * |1 - -1| / (1 + 1) = 200
        assertEquals(200, Metrics.smape(new double[] {1}, new double[] {-1}), EPS);
    }

    @Test
    void maseScaledByTheNaiveInSampleError() {
        double[] insample = {1, 3, 2, 6, 4};
        // lag 1: |3-1|, |2-3|, |6-2|, |4-6| = 2, 1, 4, 2; mean 9/4
        assertEquals(2.25, Metrics.maseScale(insample, 1), EPS);
        // MAE of (5, 7) vs (4, 4) = (1 + 3) / 2 = 2; MASE = 2 / (9/4) = 8/9
        assertEquals(8.0 / 9, Metrics.mase(new double[] {5, 7}, new double[] {4, 4}, insample, 1), EPS);
    }

    @Test
    void maseWithASeasonalLag() {
        double[] insample = {1, 3, 2, 6, 4};
        // lag 2: |2-1|, |6-3|, |4-2| = 1, 3, 2; mean 2
        assertEquals(2, Metrics.maseScale(insample, 2), EPS);
        // MAE 2 as above; MASE = 2 / 2 = 1
        assertEquals(1, Metrics.mase(new double[] {5, 7}, new double[] {4, 4}, insample, 2), EPS);
    }

    @Test
    void maseNeedsMoreThanOneSeasonOfInsample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mase(new double[] {1}, new double[] {1}, new double[] {1, 2, 3}, 3));
        assertTrue(e.getMessage().contains("needs at least 4"), e.getMessage());
    }

    @Test
    void maseRefusesAZeroScale() {
        // repeats itself every 2 steps: every lag-2 difference is 0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.maseScale(new double[] {1, 2, 1, 2, 1}, 2));
        assertTrue(e.getMessage().contains("scale is 0"), e.getMessage());
    }

    @Test
    void maseRefusesASeasonLengthBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.maseScale(new double[] {1, 2}, 0));
    }

    @Test
    void refusesLengthMismatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mae(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("2 vs 1"), e.getMessage());
    }

    @Test
    void refusesEmptyInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.smape(new double[0], new double[0]));
        assertTrue(e.getMessage().contains("actual is empty"), e.getMessage());
    }

    @Test
    void refusesNullInput() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.mse(null, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.mse((float[]) null, new float[] {1}));
    }

    @Test
    void refusesNanAndInfinityNamingTheIndex() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mae(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}));
        assertTrue(nan.getMessage().contains("forecast[1] is NaN"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> Metrics.mase(new double[] {1}, new double[] {1}, new double[] {1, Double.POSITIVE_INFINITY}, 1));
        assertTrue(inf.getMessage().contains("insample[1] is Infinity"), inf.getMessage());
    }

    @Test
    void floatOverloadsScoreTheSameValues() {
        float[] actual = {10, 20, 30, 40};
        float[] forecast = {12, 18, 33, 40};
        assertEquals(Metrics.mae(ACTUAL, FORECAST), Metrics.mae(actual, forecast), 0);
        assertEquals(Metrics.mse(ACTUAL, FORECAST), Metrics.mse(actual, forecast), 0);
        assertEquals(Metrics.rmse(ACTUAL, FORECAST), Metrics.rmse(actual, forecast), 0);
        assertEquals(Metrics.mape(ACTUAL, FORECAST), Metrics.mape(actual, forecast), 0);
        assertEquals(Metrics.smape(ACTUAL, FORECAST), Metrics.smape(actual, forecast), 0);
        assertEquals(Metrics.mase(ACTUAL, FORECAST, ACTUAL, 1),
                Metrics.mase(actual, forecast, actual, 1), 0);
    }

    @Test
    void metricEnumDispatchesToTheFunctions() {
        double[] insample = {1, 3, 2, 6, 4};
        for (Metric metric : Metric.values()) {
            double expected;
            switch (metric) {
                case MAE: expected = 1.75; break;
                case MSE: expected = 4.25; break;
                case RMSE: expected = Math.sqrt(17) / 2; break;
                case MAPE: expected = 10; break;
                case SMAPE: expected = Metrics.smape(ACTUAL, FORECAST); break;
                default: expected = 1.75 / 2.25; break; // MASE: MAE / lag-1 scale of insample
            }
            assertEquals(expected, metric.score(ACTUAL, FORECAST, insample, 1), EPS, metric.label());
        }
        assertEquals("smape", Metric.SMAPE.label());
    }
}
