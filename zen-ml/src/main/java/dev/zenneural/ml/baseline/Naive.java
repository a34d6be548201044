package dev.zenneural.ml.baseline;

import java.util.Arrays;

/** The naive (random walk) forecast: every step repeats the last observed value. */
public final class Naive implements Baseline {

    /** The naive method; it has no parameters. */
    public Naive() {
    }

    @Override
    public String alias() {
        return "Naive";
    }

    @Override
    public double[] forecast(double[] history, int h) {
        Histories.check(history, h, 1, "the naive forecast needs at least 1");
        double[] forecast = new double[h];
        Arrays.fill(forecast, history[history.length - 1]);
        return forecast;
    }

    @Override
    public String toString() {
        return alias();
    }
}
