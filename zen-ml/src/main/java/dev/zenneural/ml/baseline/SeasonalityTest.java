package dev.zenneural.ml.baseline;

/**
 * The M4 competition's 90% autocorrelation test for seasonality, as in its R benchmark code
 * ({@code SeasonalityTest} in "Benchmarks and Evaluation.R"), which decides whether Naive2 adjusts a
 * series for seasonality.
 *
 * <p>A series of length {@code n} is seasonal with period {@code m} when
 * {@code |r(m)| > 1.645 * sqrt((1 + 2 * (r(1)^2 + ... + r(m-1)^2)) / n)}, where {@code r(k)} is the
 * sample autocorrelation at lag {@code k} ({@link #acf(double[], int)}): the lag-{@code m}
 * autocorrelation lies outside the one-sided 90% band that Bartlett's formula gives a series whose
 * autocorrelation ends before lag {@code m}.
 *
 * <p>M4's code also answers "not seasonal" in three cases the formula alone does not cover, and so
 * does this class, so that Naive2 forecasts are M4's: when {@code m} is 1 (M4 tests only frequencies
 * above 1), when {@code n < 3m}, and when R's {@code acf} does not reach lag {@code m} by default
 * ({@code m > min(floor(10 * log10(n)), n - 1)}, where R's {@code acf(input)[m]} is {@code NA}). A
 * constant series (no variance, so no autocorrelation) is not seasonal either.
 */
public final class SeasonalityTest {

    /** The one-sided 90% quantile of the standard normal distribution M4 uses. */
    static final double CRITICAL_VALUE = 1.645;

    private SeasonalityTest() {
    }

    /**
     * The sample autocorrelation at {@code lag}, as R's {@code acf} computes it:
     * {@code sum over t of (y[t] - mean)(y[t+lag] - mean) / sum over t of (y[t] - mean)^2}, both sums
     * over the whole series' mean and the numerator over the {@code n - lag} overlapping pairs.
     *
     * @return NaN for a constant series (0/0)
     * @throws IllegalArgumentException when {@code lag} is not in {@code [0, n - 1]} or a value is not
     *         finite
     */
    public static double acf(double[] y, int lag) {
        Histories.check(y, 1, 1, "the autocorrelation needs at least 1");
        if (lag < 0 || lag >= y.length) {
            throw new IllegalArgumentException("lag " + lag + " is outside [0, " + (y.length - 1) + "]");
        }
        double mean = mean(y);
        return covariance(y, mean, lag) / covariance(y, mean, 0);
    }

    /**
     * Whether {@code y} is seasonal with period {@code seasonLength} by M4's test (see the class
     * description for the cases that are "not seasonal" without computing it).
     *
     * @throws IllegalArgumentException when {@code seasonLength < 1} or a value is not finite
     */
    public static boolean isSeasonal(double[] y, int seasonLength) {
        Histories.seasonLength(seasonLength);
        Histories.check(y, 1, 1, "the seasonality test needs at least 1");
        int n = y.length;
        if (seasonLength == 1 || n < 3 * seasonLength || seasonLength > defaultMaxLag(n)) {
            return false;
        }
        double mean = mean(y);
        double variance = covariance(y, mean, 0);
        if (variance == 0) {
            return false;
        }
        double squares = 0;
        for (int k = 1; k < seasonLength; k++) {
            double r = covariance(y, mean, k) / variance;
            squares += r * r;
        }
        double limit = CRITICAL_VALUE * Math.sqrt((1 + 2 * squares) / n);
        return Math.abs(covariance(y, mean, seasonLength) / variance) > limit;
    }

    /** R's default {@code lag.max} of {@code acf} for one series: {@code min(floor(10 * log10(n)), n - 1)}. */
    static int defaultMaxLag(int n) {
        return (int) Math.min(Math.floor(10 * Math.log10(n)), n - 1);
    }

    private static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    /** The unnormalized autocovariance at {@code lag} (the sum, not divided by n). */
    private static double covariance(double[] y, double mean, int lag) {
        double sum = 0;
        for (int t = 0; t + lag < y.length; t++) {
            sum += (y[t] - mean) * (y[t + lag] - mean);
        }
        return sum;
    }
}
