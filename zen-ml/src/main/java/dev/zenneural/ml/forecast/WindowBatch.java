package dev.zenneural.ml.forecast;

import dev.zenneural.ml.scale.Scale;
import java.util.Arrays;

/**
 * A batch of normalised windows: history rows ({@code rows x inputSize}), target rows
 * ({@code rows x h}) with their mask (0 past a series' end), each window's {@link Scale} and how
 * many of its history values the series has (the rest are padding).
 * A window is named by its series and its cut: the number of values before the first target.
 * Reused from step to step.
 */
final class WindowBatch {

    private final WindowSettings settings;
    final float[] inputs;
    final float[] targets;
    final float[] mask;
    final Scale[] scales;
    final int[] available;
    int rows;

    WindowBatch(WindowSettings settings, int capacity) {
        this.settings = settings;
        this.inputs = new float[capacity * settings.inputWidth()];
        this.targets = new float[capacity * settings.h()];
        this.mask = new float[capacity * settings.h()];
        this.scales = new Scale[capacity];
        this.available = new int[capacity];
    }

    /** How many windows the batch holds. */
    int capacity() {
        return scales.length;
    }

    void clear() {
        rows = 0;
    }

    /**
     * Writes the normalised {@code inputSize} values before {@code cut} at {@code at} (zeros where
     * the series has not started) and returns their scale.
     */
    private Scale history(float[] values, int cut, int at) {
        int in = settings.inputSize();
        int available = Math.min(in, cut);
        Arrays.fill(inputs, at, at + in - available, 0f);
        System.arraycopy(values, cut - available, inputs, at + in - available, available);
        Scale scale = settings.scalerType().of(inputs, at + in - available, available);
        scale.apply(inputs, at + in - available, available);
        return scale;
    }

    /**
     * Adds the window of series values {@code y} cut at {@code cut}: history
     * {@code y[cut - inputSize .. cut)} (zeros before the series starts, which the scale ignores),
     * targets {@code y[cut .. cut + h)}, masked from {@code end} on (the series' end, or where
     * held-out values begin).
     */
    void add(float[] y, int end, int cut) {
        add(y, NO_EXOG, NO_EXOG, NO_STATICS, end, cut);
    }

    private static final float[] NO_STATICS = new float[0];

    private static final float[][] NO_EXOG = new float[0][];

    /**
     * {@link #add(float[], int, int)} with the histories of the model's historic exogenous columns
     * ({@code exog[c]}, aligned with {@code y}) after that of {@code y}, each normalised by its own
     * window, then history and horizon of its future ones ({@code futr[c]}, aligned with {@code y}
     * and possibly longer; zeros where they end), normalised by their history part, then the static
     * features as they are.
     */
    void add(float[] y, float[][] exog, float[][] futr, float[] statics, int end, int cut) {
        int in = settings.inputSize();
        int h = settings.h();
        int row = rows++;
        int inputStart = row * settings.inputWidth();
        Scale scale = history(y, cut, inputStart);
        for (int c = 0; c < exog.length; c++) {
            history(exog[c], cut, inputStart + (c + 1) * in);
        }
        int futrStart = inputStart + (exog.length + 1) * in;
        for (int c = 0; c < futr.length; c++) {
            int at = futrStart + c * (in + h);
            Scale own = history(futr[c], cut, at);
            for (int j = 0; j < h; j++) {
                int t = cut + j;
                inputs[at + in + j] = t < futr[c].length ? (futr[c][t] - own.shift()) / own.scale() : 0f;
            }
        }
        System.arraycopy(statics, 0, inputs, futrStart + futr.length * (in + h), statics.length);
        scales[row] = scale;
        available[row] = Math.min(in, cut);
        int targetStart = row * h;
        for (int j = 0; j < h; j++) {
            boolean present = cut + j < end;
            targets[targetStart + j] = present ? (y[cut + j] - scale.shift()) / scale.scale() : 0f;
            mask[targetStart + j] = present ? 1f : 0f;
        }
    }
}
