package dev.zenneural.core.fann.net;

import java.util.Arrays;

/**
 * libfann's stored input and output scaling ({@code fann_set_scaling_params}), one value per input or
 * output for each of mean, deviation, new minimum and factor; present in a file when
 * {@code scale_included=1}. Immutable: arrays are copied in and out.
 */
public final class ScaleParameters {

    private final float[][] in;
    private final float[][] out;
    /**
     * The first column whose deviation or factor is 0, or -1: found once here, where the rows' scaling
     * would otherwise look for them row after row (why libfann saves such columns: {@code checkDeviation},
     * {@code checkFactor}).
     */
    private final int zeroDeviationIn;
    private final int zeroDeviationOut;
    private final int zeroFactorIn;
    private final int zeroFactorOut;

    /**
     * Scaling for {@code meanIn.length} inputs and {@code meanOut.length} outputs; the four arrays of
     * each side must have the same length.
     */
    public ScaleParameters(float[] meanIn, float[] deviationIn, float[] newMinIn, float[] factorIn,
            float[] meanOut, float[] deviationOut, float[] newMinOut, float[] factorOut) {
        this.in = copy(meanIn, deviationIn, newMinIn, factorIn);
        this.out = copy(meanOut, deviationOut, newMinOut, factorOut);
        this.zeroDeviationIn = firstZero(in[1]);
        this.zeroDeviationOut = firstZero(out[1]);
        this.zeroFactorIn = firstZero(in[3]);
        this.zeroFactorOut = firstZero(out[3]);
    }

    private static int firstZero(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static float[][] copy(float[]... arrays) {
        float[][] result = new float[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            if (arrays[i].length != arrays[0].length) {
                throw new IllegalArgumentException("scale arrays of one side must have the same length, got "
                        + arrays[0].length + " and " + arrays[i].length);
            }
            result[i] = arrays[i].clone();
        }
        return result;
    }

    public float[] meanIn() {
        return in[0].clone();
    }

    public float[] deviationIn() {
        return in[1].clone();
    }

    public float[] newMinIn() {
        return in[2].clone();
    }

    public float[] factorIn() {
        return in[3].clone();
    }

    public float[] meanOut() {
        return out[0].clone();
    }

    public float[] deviationOut() {
        return out[1].clone();
    }

    public float[] newMinOut() {
        return out[2].clone();
    }

    public float[] factorOut() {
        return out[3].clone();
    }

    /**
     * Scales one input row in place as libfann's {@code fann_scale_input}:
     * {@code ((x - mean) / deviation + 1) * factor + newMin}.
     *
     * @throws IllegalArgumentException if the row does not have one value per scaled input, or an
     *     input's deviation or factor is 0
     */
    public void scaleInput(float[] row) {
        check("input", row, numIn());
        checkDeviation("input", zeroDeviationIn);
        checkFactor("input", zeroFactorIn, in[2], false);
        for (int i = 0; i < row.length; i++) {
            row[i] = ((row[i] - in[0][i]) / in[1][i] - (-1.0f)) * in[3][i] + in[2][i];
        }
    }

    /**
     * Scales one output (target) row in place as libfann's {@code fann_scale_output}: the outputs'
     * {@code ((y - mean) / deviation + 1) * factor + newMin}.
     *
     * @throws IllegalArgumentException if the row does not have one value per scaled output, or an
     *     output's deviation or factor is 0
     */
    public void scaleOutput(float[] row) {
        check("output", row, numOut());
        checkDeviation("output", zeroDeviationOut);
        checkFactor("output", zeroFactorOut, out[2], false);
        for (int i = 0; i < row.length; i++) {
            row[i] = ((row[i] - out[0][i]) / out[1][i] - (-1.0f)) * out[3][i] + out[2][i];
        }
    }

    /**
     * Turns one output row back into the data's units in place, as libfann's
     * {@code fann_descale_output}: {@code ((y - newMin) / factor - 1) * deviation + mean}.
     *
     * @throws IllegalArgumentException if the row does not have one value per scaled output, or an
     *     output's factor is 0
     */
    public void descaleOutput(float[] row) {
        check("output", row, numOut());
        checkFactor("output", zeroFactorOut, out[2], true);
        for (int i = 0; i < row.length; i++) {
            row[i] = ((row[i] - out[2][i]) / out[3][i] + (-1.0f)) * out[1][i] + out[0][i];
        }
    }

    /**
     * Refuses column {@code i}'s deviation of 0 (none where {@code i} is -1), which libfann saves for a
     * column that was constant when it computed the scaling, and would divide by: every value of that
     * column would become NaN or infinite.
     */
    private static void checkDeviation(String what, int i) {
        if (i >= 0) {
            throw new IllegalArgumentException("the network's scaling cannot scale " + what + " " + i
                    + ": its deviation is 0 (libfann saves 0 for a column that was constant in the data it"
                    + " computed the scaling from)");
        }
    }

    /**
     * Refuses column {@code i}'s factor of 0 (none where {@code i} is -1), which libfann saves when
     * {@code fann_set_scaling_params} was given the same new minimum and maximum: scaling multiplies by
     * it, so every value of the column would become the new minimum, and descaling divides by it, so
     * every value would become NaN or infinite.
     */
    private static void checkFactor(String what, int i, float[] newMins, boolean descale) {
        if (i >= 0) {
            String effect = descale ? "which descaling would divide by"
                    : "which would map every value to the new minimum " + newMins[i];
            throw new IllegalArgumentException("the network's scaling cannot " + (descale ? "descale " : "scale ")
                    + what + " " + i + ": its factor is 0, " + effect + " (libfann saves 0 when the scaling's new"
                    + " minimum and maximum are equal)");
        }
    }

    private static void check(String what, float[] row, int expected) {
        if (row.length != expected) {
            throw new IllegalArgumentException(what + " row has " + row.length + " values; the scaling is for "
                    + expected);
        }
    }

    int numIn() {
        return in[0].length;
    }

    int numOut() {
        return out[0].length;
    }

    /** The 8 arrays in file order: mean, deviation, new_min, factor of the inputs, then of the outputs. */
    float[][] inFileOrder() {
        return new float[][] {in[0], in[1], in[2], in[3], out[0], out[1], out[2], out[3]};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaleParameters s && Arrays.deepEquals(in, s.in) && Arrays.deepEquals(out, s.out);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(in) + Arrays.deepHashCode(out);
    }

    @Override
    public String toString() {
        return "ScaleParameters[" + numIn() + " inputs, " + numOut() + " outputs]";
    }
}
