package dev.zenneural.ml.scale;

/**
 * One window's normalisation: {@code (x - shift) / scale} forwards, {@code y * scale + shift} back.
 *
 * @param shift subtracted first
 * @param scale then divided by; never 0
 */
public record Scale(float shift, float scale) {

    /** Validates the scale. */
    public Scale {
        if (!(scale != 0 && Float.isFinite(scale) && Float.isFinite(shift))) {
            throw new IllegalArgumentException("a scale must be finite and non-zero, got shift " + shift
                    + " and scale " + scale);
        }
    }

    /** Normalises {@code x[from .. from + length)} in place. */
    public void apply(float[] x, int from, int length) {
        for (int i = from; i < from + length; i++) {
            x[i] = (x[i] - shift) / scale;
        }
    }

    /** Maps {@code y[from .. from + length)} back to the data's units in place. */
    public void invert(float[] y, int from, int length) {
        for (int i = from; i < from + length; i++) {
            y[i] = y[i] * scale + shift;
        }
    }
}
