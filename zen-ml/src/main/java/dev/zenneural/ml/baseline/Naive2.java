package dev.zenneural.ml.baseline;

import java.util.Arrays;

/**
 * Naive2, the M4 competition's benchmark (and the reference of its OWA): the naive forecast of the
 * seasonally adjusted series, seasonalized again.
 *
 * <p>Exactly as M4's R benchmark code: when {@link SeasonalityTest#isSeasonal(double[], int)} finds
 * the history seasonal with period {@code m}, the history is divided by the seasonal indices of
 * {@link ClassicalDecomposition#multiplicativeSeasonalIndices(double[], int) classical multiplicative
 * decomposition}, the last adjusted value is carried forward, and each step is multiplied by the index
 * of its season position. Otherwise (always for {@code m = 1}, e.g. yearly data) Naive2 is the
 * {@link Naive} forecast. Where M4's code would divide by a seasonal index of 0 (a season position
 * that is 0 throughout) and forecast infinity or NaN, this one throws an
 * {@link IllegalArgumentException} instead.
 */
public final class Naive2 implements Baseline {

    private final int seasonLength;

    /**
     * Naive2 for series with season length {@code seasonLength}.
     *
     * @param seasonLength the season length {@code m} (1 for yearly, 4 quarterly, 12 monthly), at least 1
     */
    public Naive2(int seasonLength) {
        this.seasonLength = Histories.seasonLength(seasonLength);
    }

    /** The season length {@code m}. */
    public int seasonLength() {
        return seasonLength;
    }

    @Override
    public String alias() {
        return "Naive2";
    }

    @Override
    public double[] forecast(double[] history, int h) {
        Histories.check(history, h, 1, "Naive2 needs at least 1");
        int n = history.length;
        double[] forecast = new double[h];
        if (!SeasonalityTest.isSeasonal(history, seasonLength)) {
            Arrays.fill(forecast, history[n - 1]);
            return forecast;
        }
        double[] indices = ClassicalDecomposition.multiplicativeSeasonalIndices(history, seasonLength);
        double adjustedLast = history[n - 1] / indices[(n - 1) % seasonLength];
        for (int k = 0; k < h; k++) {
            forecast[k] = adjustedLast * indices[(n + k) % seasonLength];
        }
        return forecast;
    }

    @Override
    public String toString() {
        return alias() + "(seasonLength=" + seasonLength + ")";
    }
}
