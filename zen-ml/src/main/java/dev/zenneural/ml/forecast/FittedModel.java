package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;

/**
 * A trained network with its settings: forecasts the next {@code h} steps of series from their
 * histories. Holds the network's scratch, so one thread at a time.
 */
final class FittedModel {

    private final ForecastModel model;
    private final WindowSettings settings;
    private final Layer network;

    FittedModel(ForecastModel model, Layer network) {
        this.model = model;
        this.settings = model.settings();
        this.network = network;
    }

    ForecastModel model() {
        return model;
    }

    WindowSettings settings() {
        return settings;
    }

    Layer network() {
        return network;
    }

    /** Rows per forward pass when forecasting many series: big products, bounded scratch. */
    private static final int CHUNK = 1024;

    /**
     * The forecasts of every series of {@code history} after its last value: {@code h x outputsPerStep}
     * values per series, series after series, in the data's units. The series go through the
     * network in batches.
     *
     * @throws IllegalArgumentException if a history is shorter than the model's input and start
     *     padding is off
     */
    float[] forecast(SeriesSet history) {
        int outputs = settings.outputSize();
        float[] result = new float[history.count() * outputs];
        WindowBatch batch = new WindowBatch(settings, Math.min(CHUNK, Math.max(1, history.count())));
        float[][][] exog = history.select(settings.histExogList());
        float[][][] futr = history.select(settings.futrExogList());
        float[][] statics = history.selectStatics(settings.statExogList());
        for (int first = 0; first < history.count(); first += CHUNK) {
            int rows = Math.min(CHUNK, history.count() - first);
            batch.clear();
            for (int s = first; s < first + rows; s++) {
                float[] y = history.values(s);
                if (y.length < settings.inputSize() && !settings.startPaddingEnabled()) {
                    throw new IllegalArgumentException("series " + history.id(s) + " has " + y.length + " values; "
                            + settings.alias() + " reads the last " + settings.inputSize()
                            + " (set startPaddingEnabled to pad shorter ones)");
                }
                for (int c = 0; c < futr[s].length; c++) {
                    if (futr[s][c].length < y.length + settings.h()) {
                        throw new IllegalArgumentException("series " + history.id(s) + ": " + settings.alias()
                                + " reads future values of '" + settings.futrExogList().get(c) + "'; give the next "
                                + settings.h() + " of them to predict(futr)");
                    }
                }
                batch.add(y, exog[s], futr[s], statics[s], y.length, y.length);
            }
            float[] out = network.forward(batch.inputs, rows);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(out, r * outputs, result, (first + r) * outputs, outputs);
                batch.scales[r].invert(result, (first + r) * outputs, outputs);
            }
        }
        return result;
    }
}
