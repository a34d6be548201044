package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;

/**
 * A trained network with its settings: forecasts the next {@code h} steps of a series from its
 * history. Holds the network's scratch, so one thread at a time.
 */
final class FittedModel {

    private final WindowSettings settings;
    private final Layer network;
    private final WindowBatch batch;

    FittedModel(WindowSettings settings, Layer network) {
        this.settings = settings;
        this.network = network;
        this.batch = new WindowBatch(settings, 1);
    }

    WindowSettings settings() {
        return settings;
    }

    Layer network() {
        return network;
    }

    /**
     * The forecast after {@code y[0 .. end)}: {@code h x outputsPerStep} values in the data's units.
     *
     * @throws IllegalArgumentException if the history is shorter than the model's input and
     *     start padding is off
     */
    float[] forecast(String id, float[] y, int end) {
        if (end < settings.inputSize() && !settings.startPaddingEnabled()) {
            throw new IllegalArgumentException("series " + id + " has " + end + " values; " + settings.alias()
                    + " reads the last " + settings.inputSize() + " (set startPaddingEnabled to pad shorter ones)");
        }
        batch.clear();
        batch.add(y, end, end);
        float[] out = network.forward(batch.inputs, 1).clone();
        int k = settings.loss().outputsPerStep();
        batch.scales[0].invert(out, 0, settings.h() * k);
        return java.util.Arrays.copyOf(out, settings.h() * k);
    }
}
