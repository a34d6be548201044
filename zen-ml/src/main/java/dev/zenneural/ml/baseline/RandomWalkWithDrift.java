package dev.zenneural.ml.baseline;

/**
 * The random walk with drift: the last value plus {@code k} times the average step of the history,
 * {@code f[k] = y[n] + k * (y[n] - y[1]) / (n - 1)} (1-based), i.e. the line through the first and the
 * last observation, extended. statsforecast's alias for it is {@code RWD}.
 */
public final class RandomWalkWithDrift implements Baseline {

    /** The random walk with drift; it has no parameters. */
    public RandomWalkWithDrift() {
    }

    @Override
    public String alias() {
        return "RWD";
    }

    @Override
    public double[] forecast(double[] history, int h) {
        Histories.check(history, h, 2, "the drift needs at least 2");
        int n = history.length;
        double last = history[n - 1];
        double drift = (last - history[0]) / (n - 1);
        double[] forecast = new double[h];
        for (int k = 0; k < h; k++) {
            forecast[k] = last + (k + 1) * drift;
        }
        return forecast;
    }

    @Override
    public String toString() {
        return "RandomWalkWithDrift";
    }
}
