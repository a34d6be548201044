package dev.zenneural.ml.metrics;

/**
 * Overall weighted average, the M4 competition's ranking measure: the mean of a method's sMAPE
 * relative to Naive2's and its MASE relative to Naive2's, so Naive2 scores 1 and lower is better.
 *
 * <p>M4 computes it over a set of series from the set's means, not as a mean of per-series ratios:
 * {@code OWA = (mean sMAPE / mean sMAPE of Naive2 + mean MASE / mean MASE of Naive2) / 2}; that is
 * {@link #overSeries(double[], double[], double[], double[])}. {@link #of(double, double, double, double)}
 * applies the same formula to any four numbers (one series, or means computed elsewhere).
 */
public final class Owa {

    private Owa() {
    }

    /**
     * {@code (smape / naive2Smape + mase / naive2Mase) / 2}.
     *
     * @throws IllegalArgumentException when a value is not finite, is negative, or a Naive2 value is 0
     */
    public static double of(double smape, double mase, double naive2Smape, double naive2Mase) {
        requireScore("smape", smape);
        requireScore("mase", mase);
        requireScore("naive2Smape", naive2Smape);
        requireScore("naive2Mase", naive2Mase);
        if (naive2Smape == 0 || naive2Mase == 0) {
            throw new IllegalArgumentException("Naive2's sMAPE and MASE must be positive to relate to them: "
                    + naive2Smape + ", " + naive2Mase);
        }
        return (smape / naive2Smape + mase / naive2Mase) / 2;
    }

    /**
     * OWA over a set of series as M4 computes it, from the per-series scores (all four arrays in the
     * same series order and of the same length): the ratios of the means.
     */
    public static double overSeries(double[] smape, double[] mase, double[] naive2Smape, double[] naive2Mase) {
        int n = smape == null ? 0 : smape.length;
        if (mase == null || naive2Smape == null || naive2Mase == null
                || mase.length != n || naive2Smape.length != n || naive2Mase.length != n) {
            throw new IllegalArgumentException("OWA needs four per-series arrays of the same length");
        }
        return of(FrameMetrics.mean(smape), FrameMetrics.mean(mase),
                FrameMetrics.mean(naive2Smape), FrameMetrics.mean(naive2Mase));
    }

    private static void requireScore(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite score >= 0");
        }
    }
}
