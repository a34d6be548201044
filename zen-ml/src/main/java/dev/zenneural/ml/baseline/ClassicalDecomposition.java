package dev.zenneural.ml.baseline;

/**
 * The seasonal indices of classical multiplicative decomposition, as R's
 * {@code decompose(x, type = "multiplicative")} computes them (the M4 benchmarks' Naive2 uses it).
 *
 * <p>The trend is the centred moving average of one season: for an even season length {@code m} the
 * weights are {@code 1/(2m), 1/m, ..., 1/m, 1/(2m)} over {@code m + 1} values, for an odd one
 * {@code 1/m} over {@code m} values; it is undefined for the first and last {@code floor(m/2)}
 * observations. Each observation with a trend is divided by it; the index of a season position is
 * the mean of those ratios at that position, and the indices are then divided by their mean so that
 * they average to 1. Position {@code p} is that of observations {@code p, p + m, p + 2m, ...}
 * (0-based from the first observation, as R counts, whatever calendar month the series starts in).
 */
public final class ClassicalDecomposition {

    private ClassicalDecomposition() {
    }

    /**
     * The {@code m} multiplicative seasonal indices of {@code y}: index {@code p} belongs to
     * observations {@code p, p + m, ...}, and to forecast step {@code k} (1-based) of a series of
     * length {@code n} at position {@code (n - 1 + k) mod m}.
     *
     * @throws IllegalArgumentException when {@code seasonLength < 2}, when {@code y} has fewer than two
     *         whole seasons (R's {@code decompose} refuses those too), when a value is not finite, or
     *         when an index comes out not finite or not positive (a moving average of 0, or a season
     *         position that is 0 throughout): such a series cannot be adjusted multiplicatively
     */
    public static double[] multiplicativeSeasonalIndices(double[] y, int seasonLength) {
        if (seasonLength < 2) {
            throw new IllegalArgumentException("seasonLength is " + seasonLength
                    + "; a decomposition needs at least 2");
        }
        Histories.check(y, 1, 2 * seasonLength, "a decomposition with season length " + seasonLength
                + " needs at least two seasons (" + 2 * seasonLength + ")");
        int n = y.length;
        int half = seasonLength / 2;
        boolean even = seasonLength % 2 == 0;
        double[] ratioSum = new double[seasonLength];
        int[] ratioCount = new int[seasonLength];
        for (int t = half; t < n - half; t++) {
            double trend;
            if (even) {
                double sum = 0.5 * (y[t - half] + y[t + half]);
                for (int j = t - half + 1; j < t + half; j++) {
                    sum += y[j];
                }
                trend = sum / seasonLength;
            } else {
                double sum = 0;
                for (int j = t - half; j <= t + half; j++) {
                    sum += y[j];
                }
                trend = sum / seasonLength;
            }
            ratioSum[t % seasonLength] += y[t] / trend;
            ratioCount[t % seasonLength]++;
        }
        double[] indices = new double[seasonLength];
        double total = 0;
        for (int p = 0; p < seasonLength; p++) {
            // n >= 2m leaves every position at least one observation with a trend.
            indices[p] = ratioSum[p] / ratioCount[p];
            total += indices[p];
        }
        double mean = total / seasonLength;
        for (int p = 0; p < seasonLength; p++) {
            indices[p] /= mean;
            if (!Double.isFinite(indices[p]) || indices[p] <= 0) {
                throw new IllegalArgumentException("seasonal index " + p + " is " + indices[p]
                        + "; the series cannot be adjusted multiplicatively");
            }
        }
        return indices;
    }
}
