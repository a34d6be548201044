package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;

/**
 * Forecasts a block of series through one network and one window batch, both its own: what one
 * thread of a shared-out forecast works with. Kept from call to call, so a warm forecast allocates
 * no batch.
 */
final class WindowForecaster {

    /** Rows per forward pass: big products, bounded scratch. */
    static final int CHUNK = 1024;

    private final WindowSettings settings;
    private final Layer network;
    private WindowBatch batch;

    WindowForecaster(WindowSettings settings, Layer network) {
        this.settings = settings;
        this.network = network;
    }

    /**
     * Writes the forecasts of series {@code first .. end} of {@code history} into {@code result}
     * (see {@link FittedModel#forecast}); {@code exog}, {@code futr} and {@code statics} are the
     * model's columns of every series, as {@link SeriesSet} selects them.
     */
    void forecast(SeriesSet history, float[][][] exog, float[][][] futr, float[][] statics, int first, int end,
            float[] result) {
        int outputs = settings.outputSize();
        int capacity = Math.max(1, Math.min(CHUNK, end - first));
        if (batch == null || batch.capacity() < capacity) {
            batch = new WindowBatch(settings, capacity);
        }
        for (int from = first; from < end; from += CHUNK) {
            int rows = Math.min(CHUNK, end - from);
            batch.clear();
            for (int s = from; s < from + rows; s++) {
                float[] y = history.values(s);
                batch.add(y, exog[s], futr[s], statics[s], y.length, y.length);
            }
            float[] out = network.forward(batch.inputs, rows);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(out, r * outputs, result, (from + r) * outputs, outputs);
                batch.scales[r].invert(result, (from + r) * outputs, outputs);
            }
        }
    }
}
