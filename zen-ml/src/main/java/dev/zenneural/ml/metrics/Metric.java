package dev.zenneural.ml.metrics;

import java.util.Locale;

/**
 * The per-series metrics by name, so that code which scores many series (a frame, a benchmark
 * command) can be told which metric to use. Names follow utilsforecast's lower-case functions
 * ({@code mae}, {@code smape}, ...); the values are {@link Metrics}'s, MAPE and sMAPE in percent.
 */
public enum Metric {

    /** {@link Metrics#mae(double[], double[])}. */
    MAE,
    /** {@link Metrics#mse(double[], double[])}. */
    MSE,
    /** {@link Metrics#rmse(double[], double[])}. */
    RMSE,
    /** {@link Metrics#mape(double[], double[])}: throws on a zero actual value. */
    MAPE,
    /** {@link Metrics#smape(double[], double[])}. */
    SMAPE,
    /** {@link Metrics#mase(double[], double[], double[], int)}: the only one that reads the in-sample series. */
    MASE;

    /**
     * Scores one series.
     *
     * @param insample the training series; read by {@link #MASE} only, may be null for the others
     * @param seasonLength MASE's lag; ignored by the others
     */
    public double score(double[] actual, double[] forecast, double[] insample, int seasonLength) {
        switch (this) {
            case MAE:
                return Metrics.mae(actual, forecast);
            case MSE:
                return Metrics.mse(actual, forecast);
            case RMSE:
                return Metrics.rmse(actual, forecast);
            case MAPE:
                return Metrics.mape(actual, forecast);
            case SMAPE:
                return Metrics.smape(actual, forecast);
            case MASE:
                return Metrics.mase(actual, forecast, insample, seasonLength);
            default:
                throw new AssertionError(this);
        }
    }

    /** The utilsforecast name: {@code mae}, {@code mse}, {@code rmse}, {@code mape}, {@code smape}, {@code mase}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
