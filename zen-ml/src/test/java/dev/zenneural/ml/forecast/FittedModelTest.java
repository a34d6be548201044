package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.scale.ScalerType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Forecasts shared out over threads are those of one thread, to the bit, for every kind of model. */
class FittedModelTest {

    private static final int H = 6;
    /** Small blocks, to keep the test fast: more than two of them, the last one short. */
    private static final int BLOCK = 64;
    private static final int SERIES = 2 * BLOCK + 37;

    /** Series of different lengths and levels, some shorter than the input (start padding). */
    private static SeriesSet series(int count) {
        SplittableRandom random = new SplittableRandom(11);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < count; s++) {
            int length = 8 + s % 17;
            double level = random.nextDouble(-50, 500);
            for (int t = 0; t < length; t++) {
                b.add("s" + s, t + 1, level + random.nextGaussian() * (1 + s % 7));
            }
        }
        return SeriesSet.of(b.build(), List.of(), StaticFeatures.NONE, List.of());
    }

    private static List<ForecastModel> models() {
        return List.of(
                Mlp.builder(H).inputSize(12).hiddenSize(16).startPaddingEnabled(true)
                        .scalerType(ScalerType.STANDARD).build(),
                NHits.builder(H).inputSize(12).hiddenSize(16).startPaddingEnabled(true)
                        .scalerType(ScalerType.ROBUST).build(),
                NBeats.builder(H).inputSize(12).hiddenSize(16).startPaddingEnabled(true).build(),
                DLinear.builder(H).inputSize(12).startPaddingEnabled(true).build(),
                NLinear.builder(H).inputSize(12).startPaddingEnabled(true).build(),
                Rnn.lstm(H).inputSize(12).encoderHiddenSize(8).decoderHiddenSize(8).startPaddingEnabled(true)
                        .build(),
                Tcn.builder(H).inputSize(12).encoderHiddenSize(8).decoderHiddenSize(8).startPaddingEnabled(true)
                        .build(),
                Mlp.builder(H).inputSize(12).hiddenSize(16).startPaddingEnabled(true)
                        .loss(QuantileLoss.levels(80)).build());
    }

    /** The same randomly initialised network twice over, one per forecaster compared. */
    private static FittedModel fitted(ForecastModel model, long seed) {
        return new FittedModel(model, model.newNetwork(new SplittableRandom(seed)));
    }

    @Test
    void everyThreadCountForecastsTheSameBits() {
        SeriesSet history = series(SERIES);
        for (ForecastModel model : models()) {
            float[] oneThread = fitted(model, 1).forecast(history, 1);
            assertEquals(SERIES * model.settings().outputSize(), oneThread.length);
            FittedModel shared = fitted(model, 1);
            for (int parts : new int[] {2, 3, 2}) {
                assertArrayEquals(oneThread, shared.forecast(history, parts, BLOCK), model + ", " + parts
                        + " threads");
            }
            assertArrayEquals(oneThread, shared.forecast(history, 2), model + ", 2 threads, default blocks");
            assertArrayEquals(oneThread, shared.forecast(history), model + ", default threads");
        }
    }

    @Test
    void differentNetworksForecastDifferently() {
        // What makes the equalities above mean something: a thread that forecast with other weights
        // than the trained ones (a fresh network, not a copy) would be seen.
        SeriesSet history = series(SERIES);
        ForecastModel model = models().get(1);
        float[] one = fitted(model, 1).forecast(history, 2, BLOCK);
        float[] other = fitted(model, 2).forecast(history, 2, BLOCK);
        int differ = 0;
        for (int i = 0; i < one.length; i++) {
            differ += one[i] != other[i] ? 1 : 0;
        }
        assertTrue(differ > one.length / 2, differ + " of " + one.length + " differ");
    }

    @Test
    void aTooShortSeriesIsNamedWhicheverThreadWouldForecastIt() {
        SeriesSet history = series(SERIES);
        ForecastModel strict = Mlp.builder(H).inputSize(12).hiddenSize(16).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fitted(strict, 1).forecast(history, 2, BLOCK));
        assertTrue(e.getMessage().startsWith("series s0 has 8 values; MLP reads the last 12"), e.getMessage());
    }
}
