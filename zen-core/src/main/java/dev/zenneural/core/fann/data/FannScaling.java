package dev.zenneural.core.fann.data;

/**
 * libfann's linear rescaling of training data ({@code fann_scale_data}): one minimum and maximum over
 * all the values given (not per column), mapped onto {@code [newMin, newMax]} in float arithmetic in
 * libfann's order, results clamped into the new range against rounding.
 */
final class FannScaling {

    private FannScaling() {
    }

    /**
     * A scaled copy of {@code values}.
     *
     * @throws IllegalArgumentException if the range is not finite and increasing
     * @throws IllegalStateException if all values are equal: libfann would divide by a zero span and
     *     write NaN everywhere
     */
    static float[] scale(float[] values, float newMin, float newMax, String what) {
        if (!(Float.isFinite(newMin) && Float.isFinite(newMax) && newMin < newMax)) {
            throw new IllegalArgumentException("cannot scale " + what + " to [" + newMin + ", " + newMax
                    + "]: the new range must be finite with min < max");
        }
        float oldMin = values[0];
        float oldMax = values[0];
        for (float v : values) {
            if (v < oldMin) {
                oldMin = v;
            } else if (v > oldMax) {
                oldMax = v;
            }
        }
        float oldSpan = oldMax - oldMin;
        if (oldSpan == 0) {
            throw new IllegalStateException("cannot scale " + what + ": all of them are " + oldMin
                    + ", so there is no range to stretch onto [" + newMin + ", " + newMax + "]");
        }
        float factor = (newMax - newMin) / oldSpan;
        float[] scaled = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = (values[i] - oldMin) * factor + newMin;
            scaled[i] = v < newMin ? newMin : v > newMax ? newMax : v;
        }
        return scaled;
    }
}
