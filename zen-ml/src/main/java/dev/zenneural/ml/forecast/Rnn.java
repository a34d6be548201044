package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Mlps;
import dev.zenneural.ml.nn.Recurrent;
import dev.zenneural.ml.nn.Recurrent.CellType;
import dev.zenneural.ml.nn.Sequential;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * neuralforecast's recurrent models ({@code RNN}, {@code LSTM}, {@code GRU}) as encoder-decoder: a
 * stack of {@code encoderNLayers} recurrent layers reads the history window step by step, and an
 * MLP decoder of {@code decoderLayers} ReLU layers maps the last hidden state to every horizon
 * output at once. (neuralforecast's recurrent models also emit a forecast at every input step while
 * training; here only the window's end is trained, as for the MLP family.)
 *
 * @param settings the shared window settings (alias default {@code RNN}, {@code LSTM} or {@code GRU})
 * @param cell the recurrent cell
 * @param encoderHiddenSize units of each recurrent layer; neuralforecast's default 200
 * @param encoderNLayers recurrent layers; default 2
 * @param decoderHiddenSize units of the decoder's hidden layers; default 200
 * @param decoderLayers decoder hidden layers; default 2
 */
public record Rnn(WindowSettings settings, CellType cell, int encoderHiddenSize, int encoderNLayers,
        int decoderHiddenSize, int decoderLayers) implements ForecastModel {

    /** Validates the sizes. */
    public Rnn {
        settings.requireNoExogenous();
        java.util.Objects.requireNonNull(cell, "cell");
        if (encoderHiddenSize < 1 || encoderNLayers < 1 || decoderHiddenSize < 1 || decoderLayers < 1) {
            throw new IllegalArgumentException("encoder and decoder sizes and layer counts must be >= 1");
        }
    }

    /** An LSTM with neuralforecast's defaults for horizon {@code h}. */
    public static Builder lstm(int h) {
        return new Builder(CellType.LSTM, h);
    }

    /** A GRU with neuralforecast's defaults for horizon {@code h}. */
    public static Builder gru(int h) {
        return new Builder(CellType.GRU, h);
    }

    /** An Elman RNN (tanh) with neuralforecast's defaults for horizon {@code h}. */
    public static Builder rnn(int h) {
        return new Builder(CellType.RNN, h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int steps = settings.inputSize();
        List<Layer> layers = new ArrayList<>();
        int features = 1;
        for (int l = 0; l < encoderNLayers; l++) {
            boolean last = l == encoderNLayers - 1;
            layers.add(new Recurrent(cell, features, encoderHiddenSize, steps, !last, random));
            features = encoderHiddenSize;
        }
        layers.add(Mlps.reluMlp(null, encoderHiddenSize, decoderHiddenSize, decoderLayers, settings.outputSize(),
                random));
        return new Sequential(layers);
    }

    /** {@link Rnn}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private final CellType cell;
        private int encoderHiddenSize = 200;
        private int encoderNLayers = 2;
        private int decoderHiddenSize = 200;
        private int decoderLayers = 2;

        private Builder(CellType cell, int h) {
            super(cell.name(), h);
            this.cell = cell;
        }

        public Builder encoderHiddenSize(int value) {
            this.encoderHiddenSize = value;
            return this;
        }

        public Builder encoderNLayers(int value) {
            this.encoderNLayers = value;
            return this;
        }

        public Builder decoderHiddenSize(int value) {
            this.decoderHiddenSize = value;
            return this;
        }

        public Builder decoderLayers(int value) {
            this.decoderLayers = value;
            return this;
        }

        @Override
        public Rnn build() {
            return new Rnn(settings(), cell, encoderHiddenSize, encoderNLayers, decoderHiddenSize, decoderLayers);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
