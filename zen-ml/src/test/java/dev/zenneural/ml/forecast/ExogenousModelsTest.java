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

    private static Mlp mlp(String... exog) {
        return Mlp.builder(1).alias(exog.length == 0 ? "plain" : "exog").inputSize(4).hiddenSize(32).maxSteps(400)
                .learningRate(3e-3f).loss(new Mse()).batchSize(8).windowsBatchSize(128).histExogList(exog).build();
    }

    @Test
    void theMlpLearnsFromAHistoricExogenousColumn() {
        TimeSeriesFrame frame = leadingIndicator(6, 120);
        ForecastFrame cv = new NeuralForecast(List.of(mlp("x"), mlp()), Frequency.INDEX)
                .crossValidation(frame, 10, 1, false);
        double withExog = 0;
        double without = 0;
        for (int r = 0; r < cv.rowCount(); r++) {
            withExog += Math.abs(cv.value(r, "exog") - cv.value(r, "y"));
            without += Math.abs(cv.value(r, "plain") - cv.value(r, "y"));
        }
        assertTrue(withExog < 0.3 * without, "MAE with x " + withExog / cv.rowCount() + ", without "
                + without / cv.rowCount());
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
