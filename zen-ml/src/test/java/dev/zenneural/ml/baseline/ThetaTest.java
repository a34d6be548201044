package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Theta and its exponential smoothing on series small enough to work by hand. */
class ThetaTest {

    @Test
    void smoothingStartsAtTheBestLevelAndKeepsAlphaSmallWhenTheValuesScatter() {
        // y = 1, 3: for alpha -> 0 both errors are 1 - l0 and 3 - l0, least at l0 = 2 (SSE 2); a larger
        // alpha only carries the first error into the second
        SimpleExponentialSmoothing fit = SimpleExponentialSmoothing.fit(new double[] {1, 3});
        assertEquals(SimpleExponentialSmoothing.MIN_ALPHA, fit.alpha(), 1e-9);
        assertEquals(2, fit.initialLevel(), 1e-3);
        assertEquals(2, fit.finalLevel(), 1e-3);
    }

    @Test
    void smoothingFollowsAWalkWithTheLargestAlpha() {
        // a straight line is forecast best by the last value: alpha at its upper bound
        double[] y = {3, 5, 7, 9, 11, 13};
        SimpleExponentialSmoothing fit = SimpleExponentialSmoothing.fit(y);
        assertEquals(SimpleExponentialSmoothing.MAX_ALPHA, fit.alpha(), 1e-6);
        assertEquals(13, fit.finalLevel(), 1e-2);
    }

    @Test
    void smoothingFindsTheLeastSquaresAlpha() {
        SplittableRandom random = new SplittableRandom(7);
        double[] y = new double[60];
        double level = 10;
        for (int t = 0; t < y.length; t++) {
            level += random.nextGaussian() * 0.5;
            y[t] = level + random.nextGaussian();
        }
        SimpleExponentialSmoothing fit = SimpleExponentialSmoothing.fit(y);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 100_000; i++) {
            best = Math.min(best, SimpleExponentialSmoothing.sse(y, 1e-4 + i * (0.9999 - 1e-4) / 100_000));
        }
        double found = SimpleExponentialSmoothing.sse(y, fit.alpha());
        assertTrue(found <= best + 1e-9, found + " > " + best);
        assertTrue(fit.alpha() > 0.01 && fit.alpha() < 0.9, "a noisy walk smooths in between: " + fit.alpha());
    }

    @Test
    void aLineIsExtendedByHalfItsSlopeAfterTheLastValue() {
        // y = 2t + 5: alpha -> 0.9999 so l[n] = 25 and (1 - (1-alpha)^n) / alpha = 1; b/2 = 1, so 26, 27, 28
        double[] y = {7, 9, 11, 13, 15, 17, 19, 21, 23, 25};
        assertArrayEquals(new double[] {26, 27, 28}, new Theta(1).forecast(y, 3), 1e-2);
    }

    @Test
    void aConstantSeriesStaysConstant() {
        double[] y = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        assertArrayEquals(new double[] {4, 4, 4, 4, 4}, new Theta(4).forecast(y, 5), 1e-9);
    }

    @Test
    void aSeasonalSeriesIsAdjustedAndSeasonalizedAgain() {
        // a level of 100 times indices that average 1: adjusted, the series is flat at 100, so the
        // forecast is 100 times the index of each step's position ((n + k) mod 4 from n = 24)
        double[] season = {0.8, 1.2, 0.9, 1.1};
        double[] y = new double[24];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * season[t % 4];
        }
        assertArrayEquals(new double[] {80, 120, 90, 110, 80}, new Theta(4).forecast(y, 5), 1e-9);
    }

    @Test
    void twoSeasonsAreTooFewToAdjust() {
        // n = 2m: thetaf adjusts only when n > 2m, so with m = 4 the forecast is the unadjusted one
        double[] y = {80, 120, 90, 110, 80, 120, 90, 110};
        assertArrayEquals(new Theta(1).forecast(y, 3), new Theta(4).forecast(y, 3), 0);
    }

    @Test
    void rejectsTooShortHistoriesAndBadHorizons() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Theta(1).forecast(new double[] {1}, 2));
        assertTrue(e.getMessage().contains("history has 1 values"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Theta(1).forecast(new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> new Theta(0));
        assertThrows(IllegalArgumentException.class, () -> new Theta(1).forecast(new double[] {1, Double.NaN}, 1));
    }
}
