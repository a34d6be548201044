package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.loss.Mse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Historic exogenous columns (neuralforecast's {@code hist_exog_list}) read by the MLP. */
class ExogenousModelsTest {

    @TempDir
    Path dir;

    /** {@code y[t] = 3 x[t-1]} for a random driver {@code x}: unpredictable from y alone. */
    static TimeSeriesFrame leadingIndicator(int series, int length) {
        SplittableRandom random = new SplittableRandom(12);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX, List.of("x", "noise"));
        for (int s = 0; s < series; s++) {
            double previous = random.nextDouble();
            for (int t = 0; t < length; t++) {
                double x = random.nextDouble();
                b.add("s" + s, t + 1, 3 * previous, new double[] {x, random.nextDouble()});
                previous = x;
            }
        }
        return b.build();
    }

    /** The mean absolute error of one model's column of a cross-validation frame. */
    static double mae(ForecastFrame cv, String model) {
        double sum = 0;
        for (int r = 0; r < cv.rowCount(); r++) {
            sum += Math.abs(cv.value(r, model) - cv.value(r, "y"));
        }
        return sum / cv.rowCount();
    }

    private static Mlp mlp(String... exog) {
        return Mlp.builder(1).alias(exog.length == 0 ? "plain" : "exog").inputSize(4).hiddenSize(32).maxSteps(400)
                .learningRate(3e-3f).loss(new Mse()).batchSize(8).windowsBatchSize(128).histExogList(exog).build();
    }

    @Test
    void theMlpLearnsFromAHistoricExogenousColumn() {
        TimeSeriesFrame frame = leadingIndicator(6, 120);
        ForecastFrame cv = new NeuralForecast(List.of(mlp("x"), mlp()), Frequency.INDEX)
                .crossValidation(frame, 10, 1, false);
        double withExog = mae(cv, "exog");
        double without = mae(cv, "plain");
        assertTrue(withExog < 0.3 * without, "MAE with x " + withExog + ", without " + without);
    }

    /** {@code y[t] = 3 x[t]} for a random driver known in advance: only its future values predict y. */
    static TimeSeriesFrame knownDriver(int series, int length, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX, List.of("x"));
        for (int s = 0; s < series; s++) {
            for (int t = 0; t < length; t++) {
                double x = random.nextDouble();
                b.add("s" + s, t + 1, 3 * x, new double[] {x});
            }
        }
        return b.build();
    }

    @Test
    void theMlpLearnsFromFutureExogenousValues() {
        TimeSeriesFrame frame = knownDriver(6, 120, 5);
        Mlp futr = Mlp.builder(2).alias("futr").inputSize(4).hiddenSize(32).maxSteps(400).learningRate(3e-3f)
                .loss(new Mse()).batchSize(8).windowsBatchSize(128).futrExogList("x").build();
        Mlp plain = Mlp.builder(2).alias("plain").inputSize(4).hiddenSize(32).maxSteps(400).learningRate(3e-3f)
                .loss(new Mse()).batchSize(8).windowsBatchSize(128).build();
        ForecastFrame cv = new NeuralForecast(List.of(futr, plain), Frequency.INDEX).crossValidation(frame, 5, 2, false);
        double withFuture = mae(cv, "futr");
        double without = mae(cv, "plain");
        assertTrue(withFuture < 0.3 * without, "MAE with future x " + withFuture + ", without " + without);

        NeuralForecast nf = new NeuralForecast(List.of(futr), Frequency.INDEX).fit(knownDriver(2, 60, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, nf::predict);
        assertEquals("series s0: futr reads future values of 'x'; give the next 2 of them to predict(futr)",
                e.getMessage());
        TimeSeriesFrame next = TimeSeriesFrame.builder(DsKind.INDEX, List.of("x"))
                .add("s0", 61, 0, new double[] {0.5}).add("s0", 62, 0, new double[] {0.1})
                .add("s1", 61, 0, new double[] {0.9}).add("s1", 62, 0, new double[] {0.2}).build();
        ForecastFrame f = nf.predict(next);
        assertEquals(4, f.rowCount());
        assertEquals(1.5, f.value(0, "futr"), 0.5, "3 x 0.5");
        assertEquals(2.7, f.value(2, "futr"), 0.5, "3 x 0.9");
        TimeSeriesFrame late = TimeSeriesFrame.builder(DsKind.INDEX, List.of("x"))
                .add("s0", 62, 0, new double[] {0.5}).add("s0", 63, 0, new double[] {0.1}).build();
        e = assertThrows(IllegalArgumentException.class, () -> nf.predict(late));
        assertEquals("the future frame's row 1 of series s0 is at ds 62; expected 61", e.getMessage());
    }

    @Test
    void staticFeaturesTellTheLevelThatAShortHistoryCannot() throws IOException {
        SplittableRandom random = new SplittableRandom(8);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        StaticFeatures.Builder statics = StaticFeatures.builder(List.of("level"));
        for (int s = 0; s < 20; s++) {
            double level = s / 19.0 * 4;
            statics.add("s" + s, level);
            for (int t = 0; t < 60; t++) {
                b.add("s" + s, t + 1, level + random.nextDouble(-1, 1));
            }
        }
        Mlp withLevel = Mlp.builder(1).alias("static").inputSize(1).hiddenSize(32).maxSteps(500).learningRate(3e-3f)
                .batchSize(20).windowsBatchSize(256).statExogList("level").build();
        Mlp without = Mlp.builder(1).alias("plain").inputSize(1).hiddenSize(32).maxSteps(500).learningRate(3e-3f)
                .batchSize(20).windowsBatchSize(256).build();
        NeuralForecast nf = new NeuralForecast(List.of(withLevel, without), Frequency.INDEX);
        ForecastFrame cv = nf.crossValidation(b.build(), statics.build(), 10, 1, false);
        double errorWith = mae(cv, "static");
        double errorWithout = mae(cv, "plain");
        assertTrue(errorWith < 0.9 * errorWithout, "MAE with the level " + errorWith + ", without " + errorWithout);

        nf.fit(b.build(), statics.build(), 0, StepListener.NONE);
        Path file = dir.resolve("static.zen");
        nf.save(file);
        assertEquals(nf.predict(), NeuralForecast.load(file).predict());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nf.fit(b.build()));
        assertEquals("a model reads static feature 'level', which the static features do not have (they have [])",
                e.getMessage());
    }

    @Test
    void exogenousModelsSaveAndLoad() throws IOException {
        NeuralForecast nf = new NeuralForecast(List.of(mlp("noise", "x")), Frequency.INDEX)
                .fit(leadingIndicator(2, 30));
        Path file = dir.resolve("exog.zen");
        nf.save(file);
        assertEquals(nf.predict(), NeuralForecast.load(file).predict());
    }

    @Test
    void mistakesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NHits.builder(4).histExogList("x").build());
        assertEquals("NHITS does not read exogenous columns (MLP does); got histExogList [x]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new NeuralForecast(List.of(mlp("price")),
                Frequency.INDEX).fit(leadingIndicator(1, 20)));
        assertEquals("a model reads exogenous column 'price', which the frame does not have (it has [x, noise])",
                e.getMessage());
    }
}
