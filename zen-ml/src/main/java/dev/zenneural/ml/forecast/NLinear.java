package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.FixedLinear;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Linear;
import dev.zenneural.ml.nn.Sequential;
import dev.zenneural.ml.nn.Sum;
import java.util.List;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code NLinear} (Zeng et al., 2023): the window minus its last value, through
 * one linear layer to the horizon, plus the last value back; a strong baseline under level shifts.
 *
 * @param settings the shared window settings (alias default {@code NLinear})
 */
public record NLinear(WindowSettings settings) implements ForecastModel {

    /** Checks that no exogenous columns are asked for. */
    public NLinear {
        settings.requireNoExogenous();
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int in = settings.inputSize();
        int out = settings.outputSize();
        float[] minusLast = new float[in * in];
        float[] last = new float[out * in];
        for (int i = 0; i < in; i++) {
            minusLast[i * in + i] += 1;
            minusLast[i * in + in - 1] -= 1;
        }
        for (int j = 0; j < out; j++) {
            last[j * in + in - 1] = 1;
        }
        return new Sum(List.of(new Sequential(List.of(new FixedLinear(in, in, minusLast), new Linear(in, out, random))),
                new FixedLinear(in, out, last)));
    }

    /** {@link NLinear}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private Builder(int h) {
            super("NLinear", h);
        }

        @Override
        public NLinear build() {
            return new NLinear(settings());
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
