package dev.zenneural.ml.metrics;

/** The argument checks every metric shares, so that all of them fail the same way on bad input. */
final class Checks {

    private Checks() {
    }

    /** Rejects a null or empty array and any NaN or infinite value, naming the array and the index. */
    static void finite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i] + "; expected a finite number");
            }
        }
    }

    /** Checks both arrays and that they have the same length (one value per horizon step). */
    static void pair(double[] actual, double[] forecast) {
        finite("actual", actual);
        finite("forecast", forecast);
        if (actual.length != forecast.length) {
            throw new IllegalArgumentException("actual and forecast differ in length: "
                    + actual.length + " vs " + forecast.length);
        }
    }

    /** Widens a float array; the metrics accumulate in double whatever the model computes in. */
    static double[] widen(String name, float[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        double[] wide = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }
}
