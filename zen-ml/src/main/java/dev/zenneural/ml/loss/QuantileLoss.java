package dev.zenneural.ml.loss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pinball loss over one or more quantiles, neuralforecast's {@code QuantileLoss(q)} and
 * {@code MQLoss(level)}: for a quantile {@code q} and {@code u = target - forecast},
 * {@code max(q u, (q - 1) u)}, averaged over values and quantiles. {@link #levels} gives the
 * median plus, per prediction-interval level {@code l}, the quantiles {@code 0.5 -+ l / 200}, in
 * neuralforecast's column order: median first, then ascending ({@code -lo-90, -lo-80, -hi-80,
 * -hi-90}).
 */
public final class QuantileLoss implements Loss {

    private final double[] quantiles;
    private final List<String> suffixes;
    private final int[] levels;

    private QuantileLoss(double[] quantiles, List<String> suffixes, int[] levels) {
        this.quantiles = quantiles;
        this.suffixes = List.copyOf(suffixes);
        this.levels = levels;
    }

    /**
     * One quantile {@code q} in (0, 1); its column is {@code <alias>}, or {@code <alias>-median} for
     * 0.5... as neuralforecast's {@code QuantileLoss} names it: {@code <alias>}.
     */
    public static QuantileLoss of(double q) {
        checkQuantile(q);
        return new QuantileLoss(new double[] {q}, List.of(""), null);
    }

    /**
     * The median and the bounds of the given prediction-interval levels (percent, in (0, 100)),
     * neuralforecast's {@code MQLoss(level=...)}.
     *
     * @throws IllegalArgumentException if a level is outside (0, 100) or repeated
     */
    public static QuantileLoss levels(int... levels) {
        int[] sorted = levels.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] <= 0 || sorted[i] >= 100) {
                throw new IllegalArgumentException("prediction-interval levels must be in (0, 100), got " + sorted[i]);
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("level " + sorted[i] + " is given twice");
            }
        }
        List<String> suffixes = new ArrayList<>();
        double[] q = new double[1 + 2 * sorted.length];
        suffixes.add("-median");
        q[0] = 0.5;
        int at = 1;
        for (int i = sorted.length - 1; i >= 0; i--) {
            q[at++] = 0.5 - sorted[i] / 200.0;
            suffixes.add("-lo-" + sorted[i]);
        }
        for (int level : sorted) {
            q[at++] = 0.5 + level / 200.0;
            suffixes.add("-hi-" + level);
        }
        return new QuantileLoss(q, suffixes, sorted);
    }

    private static void checkQuantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("a quantile must be in (0, 1), got " + q);
        }
    }

    /** The prediction-interval levels, ascending, if made by {@link #levels}; empty if made by {@link #of}. */
    public int[] intervalLevels() {
        return levels == null ? new int[0] : levels.clone();
    }

    /** Whether this loss was made by {@link #levels} (median and intervals) rather than {@link #of}. */
    public boolean hasLevels() {
        return levels != null;
    }

    /** The quantiles, in output order. */
    public double[] quantiles() {
        return quantiles.clone();
    }

    @Override
    public int outputsPerStep() {
        return quantiles.length;
    }

    @Override
    public double value(float[] forecast, float[] target, float[] mask, int rows, int h) {
        int n = rows * h;
        int k = quantiles.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = mask == null ? 1 : mask[i];
            for (int j = 0; j < k; j++) {
                double u = (double) target[i] - forecast[i * k + j];
                double q = quantiles[j];
                sum += w * Math.max(q * u, (q - 1) * u);
            }
        }
        double weight = Masks.weight(mask, n) * k;
        return weight == 0 ? 0 : sum / weight;
    }

    /** Where forecast and target agree the gradient is taken from below ({@code 1 - q}). */
    @Override
    public void gradient(float[] forecast, float[] target, float[] mask, int rows, int h, float[] grad) {
        int n = rows * h;
        int k = quantiles.length;
        double weight = Masks.weight(mask, n) * k;
        for (int i = 0; i < n; i++) {
            double w = mask == null ? 1 : mask[i];
            for (int j = 0; j < k; j++) {
                double q = quantiles[j];
                double d = target[i] > forecast[i * k + j] ? -q : 1 - q;
                grad[i * k + j] = weight == 0 || w == 0 ? 0f : (float) (w * d / weight);
            }
        }
    }

    @Override
    public List<String> outputSuffixes() {
        return suffixes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantileLoss q && Arrays.equals(quantiles, q.quantiles) && suffixes.equals(q.suffixes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(quantiles) * 31 + suffixes.hashCode();
    }

    @Override
    public String toString() {
        return "QuantileLoss" + Arrays.toString(quantiles);
    }
}
