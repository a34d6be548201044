package dev.zenneural.ml.baseline;

/**
 * The seasonal naive forecast: each step repeats the value observed one season earlier, so the last
 * {@code m} observations are repeated as a block ({@code f[k] = y[n - m + (k mod m)]}, 0-based).
 */
public final class SeasonalNaive implements Baseline {

    private final int seasonLength;

    /**
     * A seasonal naive method.
     *
     * @param seasonLength the season length {@code m} (12 for monthly, 4 for quarterly), at least 1
     */
    public SeasonalNaive(int seasonLength) {
        this.seasonLength = Histories.seasonLength(seasonLength);
    }

    /** The season length {@code m}. */
    public int seasonLength() {
        return seasonLength;
    }

    @Override
    public String alias() {
        return "SeasonalNaive";
    }

    @Override
    public double[] forecast(double[] history, int h) {
        Histories.check(history, h, seasonLength, "the seasonal naive forecast needs one whole season ("
                + seasonLength + ")");
        int first = history.length - seasonLength;
        double[] forecast = new double[h];
        for (int k = 0; k < h; k++) {
            forecast[k] = history[first + k % seasonLength];
        }
        return forecast;
    }

    @Override
    public String toString() {
        return alias() + "(seasonLength=" + seasonLength + ")";
    }
}
