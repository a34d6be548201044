package dev.zenneural.ml.baseline;

/**
 * The Theta method (Assimakopoulos and Nikolopoulos, 2000; the M3 competition's winner) as R's
 * {@code forecast::thetaf} computes it (Hyndman and Billah, 2003): simple exponential smoothing with
 * a drift of half the least-squares slope, on the seasonally adjusted series.
 *
 * <p>With {@code x} the adjusted history of length {@code n}, {@code b} the slope of the
 * least-squares line through it and {@code alpha}, {@code l[n]} the {@link SimpleExponentialSmoothing}
 * fit of {@code x}, step {@code k} (1-based) is
 * {@code l[n] + b/2 * (k - 1 + (1 - (1 - alpha)^n) / alpha)}.
 *
 * <p>Seasonality as {@code thetaf} decides it: when {@code m > 1}, {@code n > 2m}, the series is not
 * constant and {@code |r(m)| > qnorm(0.95) * sqrt((1 + 2 * (r(1)^2 + ... + r(m-1)^2)) / n)}
 * ({@link SeasonalityTest#acf(double[], int) sample autocorrelations}), the history is divided by the
 * {@link ClassicalDecomposition#multiplicativeSeasonalIndices(double[], int) multiplicative seasonal
 * indices} and the forecast multiplied by them; where an index is below {@code 1e-4} (or 0, so that
 * no adjustment exists) it is left unadjusted, as {@code thetaf} does with a warning. The test is
 * M4's without its two shortcuts (M4 requires {@code n >= 3m} and stops at R's default maximum lag).
 */
public final class Theta implements Baseline {

    /** R's {@code qnorm(0.95)}, {@code thetaf}'s critical value. */
    private static final double CRITICAL_VALUE = 1.6448536269514722;
    /** {@code thetaf}'s smallest usable seasonal index. */
    private static final double MIN_INDEX = 1e-4;

    private final int seasonLength;

    /**
     * Theta for series with season length {@code seasonLength}.
     *
     * @param seasonLength the season length {@code m} (1 for yearly, 4 quarterly, 12 monthly), at least 1
     */
    public Theta(int seasonLength) {
        this.seasonLength = Histories.seasonLength(seasonLength);
    }

    @Override
    public String alias() {
        return "Theta";
    }

    @Override
    public double[] forecast(double[] history, int h) {
        Histories.check(history, h, 2, "the slope needs at least 2");
        int n = history.length;
        int m = seasonLength;
        double[] indices = seasonalIndices(history, m);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = indices == null ? history[t] : history[t] / indices[t % m];
        }
        double halfSlope = slope(x) / 2;
        SimpleExponentialSmoothing ses = SimpleExponentialSmoothing.fit(x);
        double alpha = ses.alpha();
        double offset = (1 - Math.pow(1 - alpha, n)) / alpha;
        double[] forecast = new double[h];
        for (int k = 0; k < h; k++) {
            double value = ses.finalLevel() + halfSlope * (k + offset);
            forecast[k] = indices == null ? value : value * indices[(n + k) % m];
        }
        return forecast;
    }

    /** The indices to adjust by, or null where {@code thetaf} leaves the series unadjusted. */
    private static double[] seasonalIndices(double[] y, int m) {
        int n = y.length;
        if (m == 1 || n <= 2 * m) {
            return null;
        }
        double[] r = new double[m + 1];
        for (int k = 1; k <= m; k++) {
            r[k] = SeasonalityTest.acf(y, k);
        }
        if (Double.isNaN(r[m])) {
            return null; // constant
        }
        double squares = 0;
        for (int k = 1; k < m; k++) {
            squares += r[k] * r[k];
        }
        if (Math.abs(r[m]) <= CRITICAL_VALUE * Math.sqrt((1 + 2 * squares) / n)) {
            return null;
        }
        double[] indices;
        try {
            indices = ClassicalDecomposition.multiplicativeSeasonalIndices(y, m);
        } catch (IllegalArgumentException e) {
            return null; // an index of 0 or a moving average of 0: not adjustable
        }
        for (double index : indices) {
            if (Math.abs(index) < MIN_INDEX) {
                return null;
            }
        }
        return indices;
    }

    /** The least-squares slope of {@code x} against time. */
    private static double slope(double[] x) {
        int n = x.length;
        double meanT = (n - 1) / 2.0;
        double meanX = 0;
        for (double v : x) {
            meanX += v;
        }
        meanX /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - meanT) * (x[t] - meanX);
            sxx += (t - meanT) * (t - meanT);
        }
        return sxy / sxx;
    }

    @Override
    public String toString() {
        return alias() + "(seasonLength=" + seasonLength + ")";
    }
}
