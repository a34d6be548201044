package dev.zenneural.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OwaTest {

    @Test
    void averagesTheTwoRatiosToNaive2() {
        // (10 / 12.5 + 1.5 / 2) / 2 = (0.8 + 0.75) / 2 = 0.775
        assertEquals(0.775, Owa.of(10, 1.5, 12.5, 2), 1e-12);
    }

    @Test
    void naive2AgainstItselfIsOne() {
        assertEquals(1, Owa.of(17.88, 3.17, 17.88, 3.17), 1e-12);
    }

    @Test
    void overSeriesIsTheRatioOfMeansAsInM4() {
        double[] smape = {10, 20};
        double[] mase = {1, 2};
        double[] naive2Smape = {20, 20};
        double[] naive2Mase = {2, 1};
        // means 15, 1.5, 20, 1.5: (15/20 + 1.5/1.5) / 2 = (0.75 + 1) / 2 = 0.875.
        // (The mean of per-series OWAs would be ((0.5 + 0.5)/2 + (1 + 2)/2) / 2 = 1.0: not M4's.)
        assertEquals(0.875, Owa.overSeries(smape, mase, naive2Smape, naive2Mase), 1e-12);
    }

    @Test
    void refusesZeroNaive2AndBadScores() {
        assertThrows(IllegalArgumentException.class, () -> Owa.of(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Owa.of(1, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Owa.of(-1, 1, 1, 1));
    }

    @Test
    void refusesArraysOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> Owa.overSeries(new double[] {1, 2}, new double[] {1}, new double[] {1, 2}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Owa.overSeries(new double[0], new double[0], new double[0], new double[0]));
    }
}
