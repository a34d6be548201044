package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Naive, SeasonalNaive and RandomWalkWithDrift on series small enough to forecast by hand. */
class SimpleBaselinesTest {

    @Test
    void naiveRepeatsTheLastValue() {
        assertArrayEquals(new double[] {5, 5, 5}, new Naive().forecast(new double[] {1, 2, 5}, 3), 0);
        assertArrayEquals(new double[] {7}, new Naive().forecast(new double[] {7}, 1), 0);
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeason() {
        // m = 3: the last season is 5 6 7; steps 1..5 take positions 0 1 2 0 1 of it
        assertArrayEquals(new double[] {5, 6, 7, 5, 6},
                new SeasonalNaive(3).forecast(new double[] {1, 2, 3, 4, 5, 6, 7}, 5), 0);
        // m = 1 is the naive forecast
        assertArrayEquals(new double[] {7, 7}, new SeasonalNaive(1).forecast(new double[] {1, 7}, 2), 0);
    }

    @Test
    void seasonalNaiveNeedsOneWholeSeason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeasonalNaive(4).forecast(new double[] {1, 2, 3}, 2));
        assertTrue(e.getMessage().contains("history has 3 values"), e.getMessage());
    }

    @Test
    void randomWalkWithDriftExtendsTheFirstToLastLine() {
        // drift = (8 - 2) / (4 - 1) = 2; forecasts 8 + 2, 8 + 4, 8 + 6
        assertArrayEquals(new double[] {10, 12, 14},
                new RandomWalkWithDrift().forecast(new double[] {2, 4, 5, 8}, 3), 1e-12);
        // a falling series: drift = (1 - 10) / 2 = -4.5
        assertArrayEquals(new double[] {-3.5, -8},
                new RandomWalkWithDrift().forecast(new double[] {10, 3, 1}, 2), 1e-12);
    }

    @Test
    void randomWalkWithDriftNeedsTwoValues() {
        assertThrows(IllegalArgumentException.class, () -> new RandomWalkWithDrift().forecast(new double[] {1}, 1));
    }

    @Test
    void everyBaselineRefusesBadArguments() {
        Baseline[] baselines = {new Naive(), new SeasonalNaive(2), new Naive2(2), new RandomWalkWithDrift()};
        for (Baseline baseline : baselines) {
            String name = baseline.alias();
            assertThrows(IllegalArgumentException.class, () -> baseline.forecast(new double[] {1, 2, 3}, 0), name);
            assertThrows(IllegalArgumentException.class, () -> baseline.forecast((double[]) null, 1), name);
            assertThrows(IllegalArgumentException.class, () -> baseline.forecast(new double[0], 1), name);
            IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                    () -> baseline.forecast(new double[] {1, Double.NaN, 3}, 1), name);
            assertTrue(nan.getMessage().contains("history[1] is NaN"), nan.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new SeasonalNaive(0));
        assertThrows(IllegalArgumentException.class, () -> new Naive2(0));
    }

    @Test
    void aliasesAreStatsforecasts() {
        assertEquals("Naive", new Naive().alias());
        assertEquals("SeasonalNaive", new SeasonalNaive(12).alias());
        assertEquals("RWD", new RandomWalkWithDrift().alias());
        assertEquals("Naive2", new Naive2(12).alias());
        assertEquals(12, new SeasonalNaive(12).seasonLength());
        assertEquals(12, new Naive2(12).seasonLength());
    }
}
