package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Mlps;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code MLP}: the history window through {@code numLayers} fully connected ReLU
 * layers of {@code hiddenSize} units, then a linear layer to all horizon outputs at once.
 *
 * @param settings the shared window settings (alias default {@code MLP})
 * @param hiddenSize units per hidden layer; neuralforecast's default 1024
 * @param numLayers hidden layers; neuralforecast's default 2
 */
public record Mlp(WindowSettings settings, int hiddenSize, int numLayers) implements ForecastModel {

    /** Validates the sizes. */
    public Mlp {
        if (hiddenSize < 1 || numLayers < 1) {
            throw new IllegalArgumentException("hiddenSize and numLayers must be >= 1, got " + hiddenSize + " and "
                    + numLayers);
        }
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        return Mlps.reluMlp(null, settings.inputWidth(), hiddenSize, numLayers, settings.outputSize(), random);
    }

    /** {@link Mlp}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private int hiddenSize = 1024;
        private int numLayers = 2;

        private Builder(int h) {
            super("MLP", h);
        }

        public Builder hiddenSize(int value) {
            this.hiddenSize = value;
            return this;
        }

        public Builder numLayers(int value) {
            this.numLayers = value;
            return this;
        }

        /**
         * The model.
         *
         * @throws IllegalArgumentException naming the first setting out of range
         */
        @Override
        public Mlp build() {
            return new Mlp(settings(), hiddenSize, numLayers);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
