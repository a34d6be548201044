package dev.zenneural.tools.bench;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.NeuralForecast;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Forecast windows through {@link NeuralForecast#predict()}: every call forecasts the next
 * {@code h} steps of all {@value #SERIES} series, each from its last {@code inputSize} values. The
 * model is fitted for one step only: a prediction costs the same whatever the weights are.
 */
final class ForecastWindows implements Workload {

    static final int SERIES = 1024;
    /** Values per series: enough for M3 Monthly's input of 36 and more. */
    private static final int LENGTH = 60;

    private final NeuralForecast forecaster;
    private final String column;
    private double sink;

    /** {@code model} must be built with {@code maxSteps(1)}; its fit is part of the set-up, untimed. */
    ForecastWindows(ForecastModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < SERIES; s++) {
            for (int t = 0; t < LENGTH; t++) {
                // A yearly season with noise, as monthly sales series look.
                b.add("s" + s, t + 1, 100 + 10 * Math.sin(t * Math.PI / 6) + random.nextDouble());
            }
        }
        this.column = model.settings().alias();
        this.forecaster = new NeuralForecast(List.of(model), Frequency.INDEX).fit(b.build());
    }

    @Override
    public long call() {
        ForecastFrame forecast = forecaster.predict();
        // The last series' last step: a value the whole predict call had to produce.
        sink += forecast.value(forecast.rowCount() - 1, column);
        return SERIES;
    }

    @Override
    public double checksum() {
        return sink;
    }
}
