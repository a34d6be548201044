package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.scale.ScalerType;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NeuralForecastTest {

    private static final int H = 12;

    /** Seasonal series with a trend and noise; {@code extra} more values at the end of each. */
    private static TimeSeriesFrame seasonal(int series, int length) {
        SplittableRandom random = new SplittableRandom(9);
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < series; s++) {
            double amplitude = 5 + s;
            double phase = s * 0.7;
            double slope = 0.05 * (s % 5);
            double level = 50 + 10 * s;
            for (int t = 0; t < length; t++) {
                double y = level + slope * t + amplitude * Math.sin(2 * Math.PI * t / 12 + phase)
                        + random.nextGaussian() * 0.3;
                b.add("s" + s, t + 1, y);
            }
        }
        return b.build();
    }

    private static Mlp mlp(int steps) {
        return Mlp.builder(H).inputSize(24).hiddenSize(64).numLayers(2).maxSteps(steps).learningRate(3e-3f)
                .batchSize(8).windowsBatchSize(128).scalerType(ScalerType.STANDARD).build();
    }

    @Test
    void mlpForecastsSeasonalSeriesBetterThanTheLastValue() {
        TimeSeriesFrame all = seasonal(12, 120);
        ForecastFrame cv = new NeuralForecast(List.of(mlp(300)), Frequency.INDEX).crossValidation(all, 1, H, false);
        assertEquals(List.of("y", "MLP"), cv.columns());
        assertEquals(12 * H, cv.rowCount());
        double mlpError = 0;
        double naiveError = 0;
        for (int r = 0; r < cv.rowCount(); r++) {
            double y = cv.value(r, "y");
            mlpError += Math.abs(cv.value(r, "MLP") - y);
            // the last value before the cutoff: the naive forecast
            int series = r / H;
            naiveError += Math.abs(all.yAt(all.start(series) + 120 - H - 1) - y);
        }
        assertTrue(mlpError < 0.5 * naiveError, "MLP MAE " + mlpError / cv.rowCount() + " vs naive "
                + naiveError / cv.rowCount());
        assertEquals(120 - H, cv.cutoff(0));
        assertEquals(120 - H + 1, cv.ds(0));
    }

    @Test
    @Tag("slow")
    void nhitsAndNbeatsForecastSeasonalSeriesBetterThanTheLastValue() {
        TimeSeriesFrame all = seasonal(12, 120);
        NHits nhits = NHits.builder(H).inputSize(24).hiddenSize(64).maxSteps(200).learningRate(3e-3f).batchSize(8)
                .windowsBatchSize(128).scalerType(ScalerType.STANDARD).build();
        NBeats nbeats = NBeats.builder(H).inputSize(24).hiddenSize(64).maxSteps(200).learningRate(3e-3f)
                .batchSize(8).windowsBatchSize(128).scalerType(ScalerType.STANDARD).build();
        ForecastFrame cv = new NeuralForecast(List.of(nhits, nbeats), Frequency.INDEX)
                .crossValidation(all, 1, H, false);
        assertEquals(List.of("y", "NHITS", "NBEATS"), cv.columns());
        for (String model : List.of("NHITS", "NBEATS")) {
            double error = 0;
            double naive = 0;
            for (int r = 0; r < cv.rowCount(); r++) {
                double y = cv.value(r, "y");
                error += Math.abs(cv.value(r, model) - y);
                naive += Math.abs(all.yAt(all.start(r / H) + 120 - H - 1) - y);
            }
            assertTrue(error < 0.5 * naive, model + " MAE " + error / cv.rowCount() + " vs naive "
                    + naive / cv.rowCount());
        }
    }

    @Test
    void nhitsAndNbeatsTrainAndForecastEveryQuantile() {
        NHits nhits = NHits.builder(H).inputSize(24).hiddenSize(16).maxSteps(5).loss(QuantileLoss.levels(90)).build();
        NBeats nbeats = NBeats.builder(H).inputSize(24).hiddenSize(16).maxSteps(5).build();
        ForecastFrame f = new NeuralForecast(List.of(nhits, nbeats), Frequency.INDEX).fit(seasonal(3, 50)).predict();
        assertEquals(List.of("NHITS-median", "NHITS-lo-90", "NHITS-hi-90", "NBEATS"), f.columns());
        assertEquals(3 * H, f.rowCount());
        for (String column : f.columns()) {
            for (double v : f.column(column)) {
                assertTrue(Double.isFinite(v), column);
            }
        }
    }

    @Test
    @Tag("slow")
    void recurrentModelsForecastSeasonalSeriesBetterThanTheLastValue() {
        TimeSeriesFrame all = seasonal(8, 100);
        ForecastModel lstm = Rnn.lstm(H).inputSize(24).encoderHiddenSize(16).encoderNLayers(1).decoderHiddenSize(32)
                .maxSteps(300).learningRate(5e-3f).batchSize(8).windowsBatchSize(64).scalerType(ScalerType.STANDARD)
                .build();
        ForecastModel gru = Rnn.gru(H).inputSize(24).encoderHiddenSize(16).encoderNLayers(1).decoderHiddenSize(32)
                .maxSteps(300).learningRate(5e-3f).batchSize(8).windowsBatchSize(64).scalerType(ScalerType.STANDARD)
                .build();
        ForecastFrame cv = new NeuralForecast(List.of(lstm, gru), Frequency.INDEX).crossValidation(all, 1, H, false);
        for (String model : List.of("LSTM", "GRU")) {
            double error = 0;
            double naive = 0;
            for (int r = 0; r < cv.rowCount(); r++) {
                double y = cv.value(r, "y");
                error += Math.abs(cv.value(r, model) - y);
                naive += Math.abs(all.yAt(all.start(r / H) + 100 - H - 1) - y);
            }
            assertTrue(error < 0.6 * naive, model + " MAE " + error / cv.rowCount() + " vs naive "
                    + naive / cv.rowCount());
        }
    }

    @Test
    void linearModelsForecastTrendsAndLevels() {
        // y = level + 2 t: NLinear and DLinear are linear in the window, so they fit it almost exactly.
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < 4; s++) {
            for (int t = 0; t < 80; t++) {
                b.add("s" + s, t + 1, 100 * s + 2.0 * t);
            }
        }
        NLinear nlinear = NLinear.builder(H).inputSize(24).maxSteps(400).learningRate(0.01f).loss(new Mse())
                .scalerType(ScalerType.STANDARD).build();
        DLinear dlinear = DLinear.builder(H).inputSize(24).maxSteps(400).learningRate(0.01f).loss(new Mse())
                .scalerType(ScalerType.STANDARD).build();
        ForecastFrame f = new NeuralForecast(List.of(nlinear, dlinear), Frequency.INDEX)
                .crossValidation(b.build(), 1, H, false);
        for (int r = 0; r < f.rowCount(); r++) {
            double y = f.value(r, "y");
            assertEquals(y, f.value(r, "NLinear"), 1.0, "NLinear row " + r);
            assertEquals(y, f.value(r, "DLinear"), 1.0, "DLinear row " + r);
        }
    }

    @Test
    void percentageAndScaledLossesTrainToo() {
        // As above, on positive levels: sMAPE's gradient goes through each window's scale, MASE's
        // through its naive error; both must still fit the line closely.
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < 4; s++) {
            for (int t = 0; t < 80; t++) {
                b.add("s" + s, t + 1, 100 + 100 * s + 2.0 * t);
            }
        }
        NLinear smape = NLinear.builder(H).inputSize(24).maxSteps(400).learningRate(0.01f).loss(new Smape())
                .scalerType(ScalerType.STANDARD).alias("smape").build();
        DLinear mase = DLinear.builder(H).inputSize(24).maxSteps(400).learningRate(0.01f).loss(new Mase(1))
                .scalerType(ScalerType.STANDARD).alias("mase").build();
        ForecastFrame f = new NeuralForecast(List.of(smape, mase), Frequency.INDEX)
                .crossValidation(b.build(), 1, H, false);
        double smapeError = 0;
        double maseError = 0;
        for (int r = 0; r < f.rowCount(); r++) {
            double y = f.value(r, "y");
            smapeError = Math.max(smapeError, Math.abs(f.value(r, "smape") - y));
            maseError = Math.max(maseError, Math.abs(f.value(r, "mase") - y));
        }
        // The last value misses the 12th step by 24; L1-like losses settle within about an lr step.
        assertTrue(smapeError < 2, "sMAPE-trained NLinear's largest error " + smapeError);
        assertTrue(maseError < 2, "MASE-trained DLinear's largest error " + maseError);
    }

    @Test
    void crossValidationColumnsGroupByIdAcrossWindows() {
        ForecastFrame cv = new NeuralForecast(List.of(mlp(5)), Frequency.INDEX).crossValidation(seasonal(2, 80), 2, H,
                false);
        java.util.Map<String, double[]> y = cv.byId("y");
        assertEquals(List.of("s0", "s1"), List.copyOf(y.keySet()));
        assertEquals(2 * H, y.get("s0").length, "both windows of s0");
        TimeSeriesFrame all = seasonal(2, 80);
        assertEquals(all.yAt(80 - 2 * H), y.get("s0")[0], 1e-4, "values pass through float");
        assertEquals(all.yAt(79), y.get("s0")[2 * H - 1], 1e-4);
    }

    @Test
    void theSameSeedGivesTheSameForecasts() {
        TimeSeriesFrame frame = seasonal(4, 60);
        ForecastFrame a = new NeuralForecast(List.of(mlp(20)), Frequency.INDEX).fit(frame).predict();
        ForecastFrame b = new NeuralForecast(List.of(mlp(20)), Frequency.INDEX).fit(frame).predict();
        assertEquals(a, b);
        assertEquals(4 * H, a.rowCount());
        assertEquals(61, a.ds(0));
        assertEquals("s0", a.id(0));
        assertEquals("s1", a.id(H));
    }

    @Test
    void quantileLossesGiveIntervalColumnsInOrder() throws Exception {
        Mlp model = Mlp.builder(H).alias("Q").inputSize(24).hiddenSize(32).maxSteps(200).learningRate(3e-3f)
                .scalerType(ScalerType.STANDARD).loss(QuantileLoss.levels(80)).build();
        ForecastFrame f = new NeuralForecast(List.of(model), Frequency.INDEX).fit(seasonal(6, 80)).predict();
        assertEquals(List.of("Q-median", "Q-lo-80", "Q-hi-80"), f.columns());
        int ordered = 0;
        for (int r = 0; r < f.rowCount(); r++) {
            if (f.value(r, "Q-lo-80") <= f.value(r, "Q-median") && f.value(r, "Q-median") <= f.value(r, "Q-hi-80")) {
                ordered++;
            }
        }
        assertTrue(ordered >= 0.9 * f.rowCount(), ordered + " of " + f.rowCount() + " rows have lo <= median <= hi");
        StringWriter csv = new StringWriter();
        f.writeCsv(csv);
        assertTrue(csv.toString().startsWith("unique_id,ds,Q-median,Q-lo-80,Q-hi-80\ns0,81,"), csv.toString());
    }

    @Test
    void validationStopsEarlyAndReportsSteps() {
        List<StepReport> reports = new java.util.ArrayList<>();
        Mlp model = Mlp.builder(H).inputSize(24).hiddenSize(16).maxSteps(1000).valCheckSteps(5)
                .earlyStopPatienceSteps(2).learningRate(0.05f).build();
        new NeuralForecast(List.of(model), Frequency.INDEX).fit(seasonal(3, 60), H, r -> reports.add(r));
        assertTrue(reports.size() < 1000, "stopped early after " + reports.size() + " steps");
        assertEquals(1, reports.get(0).step());
        assertTrue(reports.get(4).validationLoss().isPresent());
        assertTrue(reports.get(3).validationLoss().isEmpty());
    }

    @Test
    void userMistakesAreNamed() {
        TimeSeriesFrame shortSeries = seasonal(2, 20);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralForecast(List.of(mlp(5)), Frequency.INDEX).fit(shortSeries));
        assertEquals("series s0 has 20 values; MLP needs more than inputSize (24) values to train (or"
                + " startPaddingEnabled to pad short histories)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralForecast(List.of(mlp(5), mlp(5)), Frequency.INDEX));
        assertEquals("two models are called MLP; give them different aliases", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralForecast(List.of(mlp(5)), Frequency.MONTHLY).fit(shortSeries));
        assertEquals("the frame's ds are INDEX values but freq M steps DATE values", e.getMessage());
        TimeSeriesFrame gap = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 1).add("a", 2, 2).add("a", 4, 3)
                .build();
        e = assertThrows(IllegalArgumentException.class,
                () -> new NeuralForecast(List.of(mlp(5)), Frequency.INDEX).fit(gap));
        assertEquals("series a jumps from ds 2 to 4; at freq 1 the next is 3 (fill the gap, or pick the data's"
                + " frequency)", e.getMessage());
        IllegalStateException s = assertThrows(IllegalStateException.class,
                () -> new NeuralForecast(List.of(mlp(5)), Frequency.INDEX).predict());
        assertEquals("predict() needs fit() first", s.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(0).build());
        assertEquals("h must be >= 1, got 0", e.getMessage());
    }

    @Test
    void startPaddingTrainsOnShortSeries() {
        Mlp padded = Mlp.builder(H).inputSize(24).hiddenSize(16).maxSteps(10).startPaddingEnabled(true).build();
        ForecastFrame f = new NeuralForecast(List.of(padded), Frequency.INDEX).fit(seasonal(2, 20)).predict();
        assertEquals(2 * H, f.rowCount());
        for (double v : f.column("MLP")) {
            assertTrue(Double.isFinite(v));
        }
    }
}
