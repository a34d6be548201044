package dev.zenneural.ml.metrics;

/**
 * Accuracy of one forecast against the actual values of one series, over the horizon.
 *
 * <p>The definitions are the M4 competition's (Makridakis, Spiliotis and Assimakopoulos, 2020) and
 * give the numbers its R benchmark code gives: the percentage errors MAPE and sMAPE are in percent
 * (0 to 200 for sMAPE), MASE is scaled by the in-sample mean absolute seasonal difference. Each
 * function takes {@code actual} and {@code forecast} of the same, non-zero length and rejects NaN and
 * infinite values with an {@link IllegalArgumentException} that names the array and the index: a
 * metric never returns NaN silently. Series-level scores are averaged over series by
 * {@link FrameMetrics#mean(double[])}.
 *
 * <p>The {@code float[]} overloads widen to double first, so a float forecast scores exactly as the
 * same values would in double.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Mean absolute error: {@code mean(|y - f|)}. */
    public static double mae(double[] actual, double[] forecast) {
        Checks.pair(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length;
    }

    /** Mean squared error: {@code mean((y - f)^2)}. */
    public static double mse(double[] actual, double[] forecast) {
        Checks.pair(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            sum += e * e;
        }
        return sum / actual.length;
    }

    /** Root mean squared error: {@code sqrt(mse)}. */
    public static double rmse(double[] actual, double[] forecast) {
        return Math.sqrt(mse(actual, forecast));
    }

    /**
     * Mean absolute percentage error in percent: {@code 100 * mean(|y - f| / |y|)}.
     *
     * <p>MAPE is undefined where an actual value is zero. Rather than skip such steps (which would
     * score different series over different horizons) or return infinity, it throws.
     *
     * @throws IllegalArgumentException when an actual value is zero, naming its index
     */
    public static double mape(double[] actual, double[] forecast) {
        Checks.pair(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == 0) {
                throw new IllegalArgumentException("actual[" + i + "] is 0: MAPE is undefined where the actual"
                        + " value is zero (sMAPE and MASE are not)");
            }
            sum += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
        }
        return 100 * sum / actual.length;
    }

    /**
     * Symmetric MAPE in percent, M4's form: {@code mean(200 * |y - f| / (|y| + |f|))}, between 0 and
     * 200. A step where both the actual and the forecast are zero is a perfect forecast and counts as
     * 0 (M4's formula would give 0/0).
     */
    public static double smape(double[] actual, double[] forecast) {
        Checks.pair(actual, forecast);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            if (denominator != 0) {
                sum += 200 * Math.abs(actual[i] - forecast[i]) / denominator;
            }
        }
        return sum / actual.length;
    }

    /**
     * Mean absolute scaled error: the forecast's MAE divided by {@link #maseScale(double[], int)} of
     * the in-sample (training) series, so 1 means as good in the horizon as the seasonal naive
     * forecast was one season ahead within the sample.
     *
     * @param insample the series the forecast was made from, oldest first
     * @param seasonLength the lag {@code m} of the scaling differences (1 for yearly data)
     * @throws IllegalArgumentException as {@link #maseScale(double[], int)} does, or on bad actuals
     *         and forecasts
     */
    public static double mase(double[] actual, double[] forecast, double[] insample, int seasonLength) {
        double scale = maseScale(insample, seasonLength);
        return mae(actual, forecast) / scale;
    }

    /**
     * MASE's scale: the in-sample mean absolute seasonal difference,
     * {@code mean over t = m..n-1 of |x[t] - x[t-m]|} (0-based).
     *
     * @throws IllegalArgumentException when {@code seasonLength < 1}, when the in-sample series is
     *         shorter than {@code seasonLength + 1} (no difference to average), or when the scale is 0
     *         (a series that repeats itself exactly every season: every MASE would be infinite)
     */
    public static double maseScale(double[] insample, int seasonLength) {
        if (seasonLength < 1) {
            throw new IllegalArgumentException("seasonLength is " + seasonLength + "; expected at least 1");
        }
        Checks.finite("insample", insample);
        if (insample.length <= seasonLength) {
            throw new IllegalArgumentException("insample has " + insample.length + " values; MASE with season"
                    + " length " + seasonLength + " needs at least " + (seasonLength + 1));
        }
        double sum = 0;
        for (int t = seasonLength; t < insample.length; t++) {
            sum += Math.abs(insample[t] - insample[t - seasonLength]);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("insample does not change from one season to the next (lag "
                    + seasonLength + "): MASE's scale is 0");
        }
        return sum / (insample.length - seasonLength);
    }

    /** {@link #mae(double[], double[])} of float arrays. */
    public static double mae(float[] actual, float[] forecast) {
        return mae(Checks.widen("actual", actual), Checks.widen("forecast", forecast));
    }

    /** {@link #mse(double[], double[])} of float arrays. */
    public static double mse(float[] actual, float[] forecast) {
        return mse(Checks.widen("actual", actual), Checks.widen("forecast", forecast));
    }

    /** {@link #rmse(double[], double[])} of float arrays. */
    public static double rmse(float[] actual, float[] forecast) {
        return rmse(Checks.widen("actual", actual), Checks.widen("forecast", forecast));
    }

    /** {@link #mape(double[], double[])} of float arrays. */
    public static double mape(float[] actual, float[] forecast) {
        return mape(Checks.widen("actual", actual), Checks.widen("forecast", forecast));
    }

    /** {@link #smape(double[], double[])} of float arrays. */
    public static double smape(float[] actual, float[] forecast) {
        return smape(Checks.widen("actual", actual), Checks.widen("forecast", forecast));
    }

    /** {@link #mase(double[], double[], double[], int)} of float arrays. */
    public static double mase(float[] actual, float[] forecast, float[] insample, int seasonLength) {
        return mase(Checks.widen("actual", actual), Checks.widen("forecast", forecast),
                Checks.widen("insample", insample), seasonLength);
    }
}
