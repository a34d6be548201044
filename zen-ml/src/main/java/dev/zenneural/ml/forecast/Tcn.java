package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.CausalConv;
import dev.zenneural.ml.nn.LastStep;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Mlps;
import dev.zenneural.ml.nn.Relu;
import dev.zenneural.ml.nn.Sequential;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code TCN} as encoder-decoder: dilated causal convolutions with ReLU (kernel
 * {@code kernelSize}, dilations {@code dilations}, {@code encoderHiddenSize} channels) read the
 * history window, and an MLP decoder maps the last step's channels to every horizon output.
 *
 * @param settings the shared window settings (alias default {@code TCN})
 * @param kernelSize taps per convolution; neuralforecast's default 2
 * @param dilations one convolution per dilation; default {1, 2, 4, 8, 16}
 * @param encoderHiddenSize channels; default 200
 * @param decoderHiddenSize units of the decoder's hidden layers; default 200
 * @param decoderLayers decoder hidden layers; default 2
 */
public record Tcn(WindowSettings settings, int kernelSize, int[] dilations, int encoderHiddenSize,
        int decoderHiddenSize, int decoderLayers) implements ForecastModel {

    /** Validates the settings. */
    public Tcn {
        settings.requireNoExogenous();
        dilations = dilations.clone();
        if (kernelSize < 1 || dilations.length == 0 || encoderHiddenSize < 1 || decoderHiddenSize < 1
                || decoderLayers < 1) {
            throw new IllegalArgumentException("kernelSize, encoder and decoder sizes must be >= 1 and there must"
                    + " be at least one dilation");
        }
        for (int d : dilations) {
            if (d < 1) {
                throw new IllegalArgumentException("dilations must be >= 1, got " + Arrays.toString(dilations));
            }
        }
    }

    /** A copy of the dilations. */
    @Override
    public int[] dilations() {
        return dilations.clone();
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int steps = settings.inputSize();
        List<Layer> layers = new ArrayList<>();
        int channels = 1;
        for (int d : dilations) {
            layers.add(new CausalConv(steps, channels, encoderHiddenSize, kernelSize, d, random));
            layers.add(new Relu(steps * encoderHiddenSize));
            channels = encoderHiddenSize;
        }
        layers.add(new LastStep(steps, encoderHiddenSize));
        layers.add(Mlps.reluMlp(null, encoderHiddenSize, decoderHiddenSize, decoderLayers, settings.outputSize(),
                random));
        return new Sequential(layers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tcn t && settings.equals(t.settings) && kernelSize == t.kernelSize
                && Arrays.equals(dilations, t.dilations) && encoderHiddenSize == t.encoderHiddenSize
                && decoderHiddenSize == t.decoderHiddenSize && decoderLayers == t.decoderLayers;
    }

    @Override
    public int hashCode() {
        return settings.hashCode() * 31 + Arrays.hashCode(dilations) + kernelSize;
    }

    @Override
    public String toString() {
        return "Tcn[" + settings.alias() + ", h=" + settings.h() + ", kernel " + kernelSize + ", dilations "
                + Arrays.toString(dilations) + "]";
    }

    /** {@link Tcn}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private int kernelSize = 2;
        private int[] dilations = {1, 2, 4, 8, 16};
        private int encoderHiddenSize = 200;
        private int decoderHiddenSize = 200;
        private int decoderLayers = 2;

        private Builder(int h) {
            super("TCN", h);
        }

        public Builder kernelSize(int value) {
            this.kernelSize = value;
            return this;
        }

        public Builder dilations(int... value) {
            this.dilations = value.clone();
            return this;
        }

        public Builder encoderHiddenSize(int value) {
            this.encoderHiddenSize = value;
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
        public Tcn build() {
            return new Tcn(settings(), kernelSize, dilations, encoderHiddenSize, decoderHiddenSize, decoderLayers);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
