package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeasonalityTestTest {

    /** The pattern 1 2 6 repeated {@code cycles} times. */
    static double[] pattern126(int cycles) {
        double[] y = new double[3 * cycles];
        for (int t = 0; t < y.length; t++) {
            y[t] = new double[] {1, 2, 6}[t % 3];
        }
        return y;
    }

    @Test
    void acfAsR() {
        // 1 2 3 4: mean 2.5, deviations -1.5 -0.5 0.5 1.5, sum of squares 5.
        // lag 1: 0.75 - 0.25 + 0.75 = 1.25 -> 0.25; lag 2: -0.75 - 0.75 = -1.5 -> -0.3;
        // lag 3: -2.25 -> -0.45 (R: acf(1:4) gives 1, 0.25, -0.3, -0.45).
        double[] y = {1, 2, 3, 4};
        assertEquals(1, SeasonalityTest.acf(y, 0), 1e-15);
        assertEquals(0.25, SeasonalityTest.acf(y, 1), 1e-15);
        assertEquals(-0.3, SeasonalityTest.acf(y, 2), 1e-15);
        assertEquals(-0.45, SeasonalityTest.acf(y, 3), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SeasonalityTest.acf(y, 4));
        assertTrue(Double.isNaN(SeasonalityTest.acf(new double[] {3, 3, 3}, 1)));
    }

    @Test
    void fourCyclesOfAPatternAreSeasonal() {
        // 1 2 6 x4 (n = 12, m = 3): mean 3, deviations -2 -1 3, sum of squares 4 * 14 = 56.
        // lag 1 products cycle 2, -3, -6 (11 of them): 3 * -7 + 2 - 3 = -22 -> r1 = -22/56
        // lag 2 products cycle -6, 2, -3 (10 of them): 3 * -7 - 6 = -27 -> r2 = -27/56
        // lag 3 products are the squares (9 of them): 3 * 14 = 42 -> r3 = 42/56 = 0.75
        // limit = 1.645 * sqrt((1 + 2 * (22^2 + 27^2) / 56^2) / 12) = 1.645 * sqrt(1.542092 / 12) = 0.589700
        // 0.75 > 0.5897: seasonal.
        double[] y = pattern126(4);
        assertEquals(-22.0 / 56, SeasonalityTest.acf(y, 1), 1e-15);
        assertEquals(-27.0 / 56, SeasonalityTest.acf(y, 2), 1e-15);
        assertEquals(0.75, SeasonalityTest.acf(y, 3), 1e-15);
        assertTrue(SeasonalityTest.isSeasonal(y, 3));
    }

    @Test
    void threeCyclesOfThePatternAreNot() {
        // 1 2 6 x3 (n = 9): sum of squares 42.
        // lag 1: 2 -3 -6 2 -3 -6 2 -3 = -15 -> r1 = -15/42; lag 2: -6 2 -3 -6 2 -3 -6 = -20 -> r2 = -20/42;
        // lag 3: 2 * 14 = 28 -> r3 = 28/42 = 0.6667.
        // limit = 1.645 * sqrt((1 + 2 * (15^2 + 20^2) / 42^2) / 9) = 1.645 * sqrt(1.708617 / 9) = 0.716748
        // 0.6667 < 0.7167: the same pattern, too short to be called seasonal.
        double[] y = pattern126(3);
        assertEquals(28.0 / 42, SeasonalityTest.acf(y, 3), 1e-15);
        assertFalse(SeasonalityTest.isSeasonal(y, 3));
    }

    @Test
    void strongLagOneCorrelationWidensTheBand() {
        // 1 3 1 3 1 3 (n = 6, m = 2): deviations -1 1 ..., r1 = -5/6, r2 = 4/6.
        // limit = 1.645 * sqrt((1 + 2 * 25/36) / 6) = 1.645 * sqrt(86/216) = 1.037978 > 0.6667: not seasonal.
        assertFalse(SeasonalityTest.isSeasonal(new double[] {1, 3, 1, 3, 1, 3}, 2));
    }

    @Test
    void fewerThanThreeSeasonsAreNeverSeasonal() {
        // M4's rule n < 3m: 8 values of a perfect period-3 pattern
        assertFalse(SeasonalityTest.isSeasonal(new double[] {1, 2, 6, 1, 2, 6, 1, 2}, 3));
    }

    @Test
    void seasonLengthOneAndConstantSeriesAreNotSeasonal() {
        assertFalse(SeasonalityTest.isSeasonal(pattern126(4), 1));
        assertFalse(SeasonalityTest.isSeasonal(new double[12], 3));
        assertThrows(IllegalArgumentException.class, () -> SeasonalityTest.isSeasonal(pattern126(4), 0));
    }

    @Test
    void lagsBeyondRsDefaultAcfAreNotSeasonal() {
        // R's acf stops at lag floor(10 * log10(n)): 23 for n = 251 (10 log10 251 = 23.997), 24 for
        // n = 252 (24.014). M4's test reads NA at lag 24 for n = 251 and calls it not seasonal.
        assertEquals(23, SeasonalityTest.defaultMaxLag(251));
        assertEquals(24, SeasonalityTest.defaultMaxLag(252));
        assertEquals(5, SeasonalityTest.defaultMaxLag(6));
        assertFalse(SeasonalityTest.isSeasonal(sine(251, 24), 24));
        assertTrue(SeasonalityTest.isSeasonal(sine(252, 24), 24));
    }

    private static double[] sine(int n, int period) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 10 + Math.sin(2 * Math.PI * t / period);
        }
        return y;
    }
}
