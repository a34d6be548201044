package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.FixedLinear;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Linear;
import dev.zenneural.ml.nn.Sequential;
import dev.zenneural.ml.nn.Sum;
import java.util.List;
import java.util.SplittableRandom;

/**
 * neuralforecast's {@code DLinear} (Zeng et al., 2023): the window split into a trend (a centred
 * moving average of {@code movingAvgWindow}, the ends padded by repeating the first and last value)
 * and the rest, each through its own linear layer to the horizon, summed.
 *
 * @param settings the shared window settings (alias default {@code DLinear})
 * @param movingAvgWindow the trend's moving-average length, odd; neuralforecast's default 25
 */
public record DLinear(WindowSettings settings, int movingAvgWindow) implements ForecastModel {

    /** Validates the window. */
    public DLinear {
        settings.requireNoExogenous();
        if (movingAvgWindow < 1 || movingAvgWindow % 2 == 0) {
            throw new IllegalArgumentException("movingAvgWindow must be odd and >= 1, got " + movingAvgWindow);
        }
    }

    /** A builder with neuralforecast's defaults for horizon {@code h}. */
    public static Builder builder(int h) {
        return new Builder(h);
    }

    @Override
    public Layer newNetwork(SplittableRandom random) {
        int in = settings.inputSize();
        int out = settings.outputSize();
        float[] trend = new float[in * in];
        float[] rest = new float[in * in];
        int half = movingAvgWindow / 2;
        for (int t = 0; t < in; t++) {
            for (int d = -half; d <= half; d++) {
                int source = Math.min(in - 1, Math.max(0, t + d));
                trend[t * in + source] += 1f / movingAvgWindow;
            }
            for (int i = 0; i < in; i++) {
                rest[t * in + i] = (t == i ? 1f : 0f) - trend[t * in + i];
            }
        }
        return new Sum(List.of(new Sequential(List.of(new FixedLinear(in, in, trend), new Linear(in, out, random))),
                new Sequential(List.of(new FixedLinear(in, in, rest), new Linear(in, out, random)))));
    }

    /** {@link DLinear}'s settings, neuralforecast's defaults until set. */
    public static final class Builder extends WindowModelBuilder<Builder> {

        private int movingAvgWindow = 25;

        private Builder(int h) {
            super("DLinear", h);
        }

        public Builder movingAvgWindow(int value) {
            this.movingAvgWindow = value;
            return this;
        }

        @Override
        public DLinear build() {
            return new DLinear(settings(), movingAvgWindow);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
