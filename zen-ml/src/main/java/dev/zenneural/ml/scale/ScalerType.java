package dev.zenneural.ml.scale;

import java.util.Arrays;

/**
 * How a window is normalised before a model sees it, neuralforecast's {@code scaler_type}: a shift
 * and a scale are computed from the window's input part (its history), every value of the window
 * becomes {@code (x - shift) / scale}, and forecasts are mapped back with
 * {@code y * scale + shift}. A scale that would be 0 (a flat window) is 1 instead, so flat series
 * pass through unchanged rather than dividing by zero.
 */
public enum ScalerType {

    /** No scaling: shift 0, scale 1. */
    IDENTITY {
        @Override
        void fit(float[] x, int from, int length, float[] scratch, float[] out) {
            out[0] = 0;
            out[1] = 1;
        }
    },

    /** Mean and (population) standard deviation. */
    STANDARD {
        @Override
        void fit(float[] x, int from, int length, float[] scratch, float[] out) {
            double mean = 0;
            for (int i = from; i < from + length; i++) {
                mean += x[i];
            }
            mean /= length;
            double var = 0;
            for (int i = from; i < from + length; i++) {
                double d = x[i] - mean;
                var += d * d;
            }
            out[0] = (float) mean;
            out[1] = nonZero(Math.sqrt(var / length));
        }
    },

    /** Median and median absolute deviation, robust to outliers. */
    ROBUST {
        @Override
        void fit(float[] x, int from, int length, float[] scratch, float[] out) {
            System.arraycopy(x, from, scratch, 0, length);
            float median = median(scratch, length);
            for (int i = 0; i < length; i++) {
                scratch[i] = Math.abs(x[from + i] - median);
            }
            out[0] = median;
            out[1] = nonZero(median(scratch, length));
        }
    },

    /** Minimum and range, mapping the history onto [0, 1]. */
    MINMAX {
        @Override
        void fit(float[] x, int from, int length, float[] scratch, float[] out) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = from; i < from + length; i++) {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
            out[0] = min;
            out[1] = nonZero((double) max - min);
        }
    };

    /** Below this a scale counts as zero. */
    private static final double TINY = 1e-12;

    /**
     * Writes the shift ({@code out[0]}) and scale ({@code out[1]}) of {@code x[from ..
     * from + length)}; {@code scratch} holds at least {@code length} floats.
     */
    abstract void fit(float[] x, int from, int length, float[] scratch, float[] out);

    /**
     * The shift and scale of a window's history {@code x[from .. from + length)}.
     *
     * @throws IllegalArgumentException if the range is empty
     */
    public Scale of(float[] x, int from, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a scaler needs at least one value");
        }
        float[] out = new float[2];
        fit(x, from, length, new float[length], out);
        return new Scale(out[0], out[1]);
    }

    /** The name neuralforecast uses ({@code identity}, {@code standard}, {@code robust}, {@code minmax}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The type with neuralforecast's name {@code label}.
     *
     * @throws IllegalArgumentException naming the known ones for anything else
     */
    public static ScalerType fromLabel(String label) {
        for (ScalerType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown scaler type '" + label + "'; expected one of "
                + Arrays.stream(values()).map(ScalerType::label).toList());
    }

    private static float nonZero(double scale) {
        return scale < TINY ? 1f : (float) scale;
    }

    /** The median of {@code a[0 .. n)}, sorting that range in place. */
    private static float median(float[] a, int n) {
        Arrays.sort(a, 0, n);
        return n % 2 == 1 ? a[n / 2] : (float) (((double) a[n / 2 - 1] + a[n / 2]) / 2);
    }
}
