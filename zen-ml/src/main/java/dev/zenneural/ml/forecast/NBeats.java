package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.BasisBlock;
import dev.zenneural.ml.nn.DoublyResidual;
import dev.zenneural.ml.nn.FixedLinear;
import dev.zenneural.ml.nn.Interpolation;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Mlps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code NBEATS} (Oreshkin et al., 2020): a doubly residual stack of MLP blocks,
 * each expanding its coefficients in a basis. {@link StackType#IDENTITY} stacks are the generic
 * model; {@link StackType#TREND} (polynomials of degree {@code nPolynomials}) and
 * {@link StackType#SEASONALITY} (a constant and {@code nHarmonics} cosine/sine pairs over the window)
 * make it interpretable. The default, as neuralforecast's, is one block each of identity, trend and
 * seasonality.
 *
 * @param settings the shared window settings (alias default {@code NBEATS}; {@code numLrDecays} 3)
 * @param stackTypes the stacks, in order
 * @param blocksPerStack blocks in every stack; default 1
 * @param hiddenSize units of each block's hidden layers; default 512
 * @param mlpLayers hidden layers per block; default 2
 * @param nHarmonics harmonics of seasonality stacks; default 2
 * @param nPolynomials degree of trend stacks; default 2
 */
public record NBeats(WindowSettings settings, List<StackType> stackTypes, int blocksPerStack, int hiddenSize,
        int mlpLayers, int nHarmonics, int nPolynomials) implements ForecastModel {

    /** The basis of a stack. */
    public enum StackType {
        /** Coefficients are the backcast and forecast themselves (generic N-BEATS). */
        IDENTITY,
        /** Polynomial trend. */
        TREND,
        /** Fourier seasonality. */
        SEASONALITY
    }

    /** Validates the stack settings. */
    public NBeats {
        settings.requireNoExogenous();
        stackTypes = List.copyOf(stackTypes);
        if (stackTypes.isEmpty()) {
            throw new IllegalArgumentException("N-BEATS needs at least one stack");
        }
        if (blocksPerStack < 1 || hiddenSize < 1 || mlpLayers < 1 || nHarmonics < 1 || nPolynomials < 0) {
            throw new IllegalArgumentException("blocksPerStack, hiddenSize, mlpLayers and nHarmonics must be >= 1"
                    + " and nPolynomials >= 0");
        }
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int in = settings.inputSize();
        int h = settings.h();
        int k = settings.loss().outputsPerStep();
        List<Layer> blocks = new ArrayList<>();
        for (StackType type : stackTypes) {
            for (int b = 0; b < blocksPerStack; b++) {
                Layer backcast;
                Layer forecast;
                switch (type) {
                    case IDENTITY -> {
                        backcast = Mlps.identity(in);
                        forecast = Mlps.identity(h * k);
                    }
                    case TREND -> {
                        int p = nPolynomials + 1;
                        backcast = new FixedLinear(p, in, Interpolation.polynomial(nPolynomials, in, 1));
                        forecast = new FixedLinear(p * k, h * k, Interpolation.polynomial(nPolynomials, h, k));
                    }
                    default -> {
                        int p = Interpolation.fourierSize(nHarmonics);
                        backcast = new FixedLinear(p, in, Interpolation.fourier(nHarmonics, in, 1));
                        forecast = new FixedLinear(p * k, h * k, Interpolation.fourier(nHarmonics, h, k));
                    }
                }
                Layer trunk = Mlps.reluMlp(null, in, hiddenSize, mlpLayers, backcast.inputSize() + forecast.inputSize(),
                        random);
                blocks.add(new BasisBlock(trunk, backcast, forecast));
            }
        }
        return new DoublyResidual(blocks, in, h * k);
    }

    /** {@link NBeats}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private List<StackType> stackTypes = List.of(StackType.IDENTITY, StackType.TREND, StackType.SEASONALITY);
        private int blocksPerStack = 1;
        private int hiddenSize = 512;
        private int mlpLayers = 2;
        private int nHarmonics = 2;
        private int nPolynomials = 2;

        private Builder(int h) {
            super("NBEATS", h);
            numLrDecays(3);
        }

        public Builder stackTypes(StackType... value) {
            this.stackTypes = List.of(value);
            return this;
        }

        public Builder blocksPerStack(int value) {
            this.blocksPerStack = value;
            return this;
        }

        public Builder hiddenSize(int value) {
            this.hiddenSize = value;
            return this;
        }

        public Builder mlpLayers(int value) {
            this.mlpLayers = value;
            return this;
        }

        public Builder nHarmonics(int value) {
            this.nHarmonics = value;
            return this;
        }

        public Builder nPolynomials(int value) {
            this.nPolynomials = value;
            return this;
        }

        /**
         * The model.
         *
         * @throws IllegalArgumentException naming the first setting out of range
         */
        @Override
        public NBeats build() {
            Objects.requireNonNull(stackTypes, "stackTypes");
            return new NBeats(settings(), stackTypes, blocksPerStack, hiddenSize, mlpLayers, nHarmonics, nPolynomials);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
