package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Naive2Test {

    @Test
    void seasonalHistoryIsAdjustedAndReseasonalized() {
        // 1 2 6 x4 is seasonal at m = 3 (SeasonalityTestTest) with indices 1/3, 2/3, 2
        // (ClassicalDecompositionTest). n = 12: the last value 6 is at position 11 mod 3 = 2, so the adjusted
        // level is 6 / 2 = 3; steps 1..4 are at positions 12..15 mod 3 = 0 1 2 0: 3 * (1/3, 2/3, 2, 1/3).
        assertArrayEquals(new double[] {1, 2, 6, 1},
                new Naive2(3).forecast(SeasonalityTestTest.pattern126(4), 4), 1e-14);
    }

    @Test
    void phaseFollowsTheLastObservation() {
        // 1 2 6 x4 then 1 (n = 13): the trend covers t = 1..11 and is still 3 throughout, so the indices are
        // still 1/3, 2/3, 2 (positions counted from the first value). The last value 1 is at position
        // 12 mod 3 = 0: level 1 / (1/3) = 3; steps 1..3 are at positions 1 2 0: 3 * (2/3, 2, 1/3) = 2 6 1.
        double[] y = new double[13];
        for (int t = 0; t < y.length; t++) {
            y[t] = new double[] {1, 2, 6}[t % 3];
        }
        assertTrue(SeasonalityTest.isSeasonal(y, 3));
        assertArrayEquals(new double[] {2, 6, 1}, new Naive2(3).forecast(y, 3), 1e-14);
    }

    @Test
    void nonSeasonalHistoryGetsTheNaiveForecast() {
        // 1 2 6 x3 fails the test (SeasonalityTestTest): Naive2 = Naive = 6 6 6
        assertArrayEquals(new double[] {6, 6, 6}, new Naive2(3).forecast(SeasonalityTestTest.pattern126(3), 3), 0);
    }

    @Test
    void seasonLengthOneIsNaive() {
        assertArrayEquals(new double[] {6, 6}, new Naive2(1).forecast(SeasonalityTestTest.pattern126(4), 2), 0);
    }

    @Test
    void shortHistoryIsNaive() {
        // one value: no test is possible, the naive forecast is
        assertArrayEquals(new double[] {4, 4}, new Naive2(12).forecast(new double[] {4}, 2), 0);
    }

    @Test
    void refusesASeriesThatCannotBeAdjusted() {
        // 0 2 6 x4 is seasonal, but position 0's index is 0
        double[] y = new double[12];
        for (int t = 0; t < y.length; t++) {
            y[t] = new double[] {0, 2, 6}[t % 3];
        }
        assertTrue(SeasonalityTest.isSeasonal(y, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Naive2(3).forecast(y, 2));
        assertTrue(e.getMessage().contains("seasonal index 0"), e.getMessage());
    }
}
