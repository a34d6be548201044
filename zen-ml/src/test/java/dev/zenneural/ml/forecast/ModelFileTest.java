package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.scale.ScalerType;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading forecasters, and a file saved by format version 1 that must keep loading. */
class ModelFileTest {

    @TempDir
    Path dir;

    private static TimeSeriesFrame monthly() {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.DATE);
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 30; t++) {
                long ds = java.time.LocalDate.of(2000, 1, 1).plusMonths(t).toEpochDay();
                b.add("id," + s, ds, 10 * s + t % 12 + 0.5 * t);
            }
        }
        return b.build();
    }

    private static TimeSeriesFrame monthlyWithExog() {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.DATE, List.of("x"));
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 30; t++) {
                long ds = java.time.LocalDate.of(2000, 1, 1).plusMonths(t).toEpochDay();
                b.add("id," + s, ds, 10 * s + t % 12 + 0.5 * t, new double[] {Math.cos(t)});
            }
        }
        return b.build();
    }

    private static List<ForecastModel> everyModel() {
        int h = 4;
        return List.of(
                Mlp.builder(h).inputSize(8).hiddenSize(6).maxSteps(3).scalerType(ScalerType.ROBUST).loss(new Mape())
                        .build(),
                NHits.builder(h).inputSize(8).hiddenSize(5).maxSteps(3).loss(QuantileLoss.levels(80, 95)).build(),
                NBeats.builder(h).inputSize(8).hiddenSize(5).maxSteps(3).loss(new Huber(0.5)).build(),
                NLinear.builder(h).inputSize(8).maxSteps(3).loss(QuantileLoss.of(0.7)).build(),
                DLinear.builder(h).inputSize(8).movingAvgWindow(3).maxSteps(3).loss(new Smape()).build());
    }

    @Test
    void aLoadedForecasterPredictsTheSame() throws IOException {
        NeuralForecast nf = new NeuralForecast(everyModel(), Frequency.MONTHLY).fit(monthly());
        Path file = dir.resolve("models.zen");
        nf.save(file);
        NeuralForecast loaded = NeuralForecast.load(file);
        assertEquals(nf.predict(), loaded.predict());
        assertEquals(List.of(), leftovers(), "no temporary files are left behind");
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void recurrentAndConvolutionalModelsRoundTrip() throws IOException {
        List<ForecastModel> models = List.of(
                Rnn.lstm(4).inputSize(6).encoderHiddenSize(4).decoderHiddenSize(5).maxSteps(3).build(),
                Rnn.gru(4).inputSize(6).encoderHiddenSize(3).encoderNLayers(1).decoderHiddenSize(5).maxSteps(3).build(),
                Rnn.rnn(4).inputSize(6).encoderHiddenSize(3).decoderHiddenSize(5).maxSteps(3).build(),
                Tcn.builder(4).inputSize(6).dilations(1, 2).encoderHiddenSize(3).decoderHiddenSize(4).maxSteps(3)
                        .loss(new Mase(12)).build());
        NeuralForecast nf = new NeuralForecast(models, Frequency.MONTHLY).fit(monthly());
        assertEquals(List.of("LSTM", "GRU", "RNN", "TCN"), nf.predict().columns());
        Path file = dir.resolve("rnn.zen");
        nf.save(file);
        assertEquals(nf.predict(), NeuralForecast.load(file).predict());
    }

    @Test
    void damagedFilesAreRefusedByName() throws IOException {
        Path file = dir.resolve("models.zen");
        new NeuralForecast(everyModel().subList(0, 1), Frequency.MONTHLY).fit(monthly()).save(file);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        assertEquals(file + ": checksum mismatch: the file is corrupted or truncated",
                loadFails(flipped).getMessage());
        assertEquals(file + ": checksum mismatch: the file is corrupted or truncated",
                loadFails(java.util.Arrays.copyOf(good, good.length - 7)).getMessage());
        assertEquals(file + ": not a saved zen forecaster (no ZEN-FORECAST header)",
                loadFails("unique_id,ds,y\n".getBytes(StandardCharsets.UTF_8)).getMessage());
        byte[] newer = good.clone();
        newer[ModelFile.MAGIC.length + 3] = 9;
        assertTrue(loadFails(newer).getMessage().startsWith(file + ": format version 9; this version of zen reads"),
                loadFails(newer).getMessage());
    }

    private ModelFormatException loadFails(byte[] content) throws IOException {
        Path file = dir.resolve("models.zen");
        Files.write(file, content);
        return assertThrows(ModelFormatException.class, () -> NeuralForecast.load(file));
    }

    @Test
    void aCraftedFileAskingForAHugeNetworkIsRefused() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.write(ModelFile.MAGIC);
        out.writeInt(ModelFile.VERSION);
        out.writeUTF(Frequency.INDEX.name());
        out.writeInt(1);
        ModelCodec.write(Mlp.builder(4).inputSize(100_000).hiddenSize(100_000).build(), out);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        ModelFormatException e = loadFails(bytes.toByteArray());
        assertTrue(e.getMessage().contains("MLP would need at least 10000000000 weights"), e.getMessage());
    }

    @Test
    void savingBeforeFittingSaysSo() {
        NeuralForecast nf = new NeuralForecast(everyModel().subList(0, 1), Frequency.MONTHLY);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> nf.save(dir.resolve("x.zen")));
        assertEquals("save() needs fit() first: there is nothing trained to save", e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.zen")));
    }

    /**
     * Forecasters saved by every format version (committed) load and predict what they predicted
     * when they were saved. Run with {@code -Dzen.writeFixtures=true} to write the current version's
     * pair (only when the format version changes: older pairs must stay as they are).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3})
    void everyFormatVersionKeepsLoading(int version) throws IOException, URISyntaxException {
        Path fixtures = Path.of(ModelFileTest.class.getResource("/dev/zenneural/ml/forecast").toURI());
        Path model = fixtures.resolve("forecaster-v" + version + ".zen");
        Path expected = fixtures.resolve("forecaster-v" + version + "-predict.csv");
        if (Boolean.getBoolean("zen.writeFixtures")) {
            if (version != ModelFile.VERSION) {
                return;
            }
            Path source = Path.of("src/test/resources/dev/zenneural/ml/forecast");
            List<ForecastModel> models = new java.util.ArrayList<>(everyModel());
            models.add(Mlp.builder(4).alias("MLP-exog").inputSize(8).hiddenSize(6).maxSteps(3).histExogList("x")
                    .build());
            NeuralForecast nf = new NeuralForecast(models, Frequency.MONTHLY).fit(monthlyWithExog());
            // Future exogenous columns came with version 3; predict() of the file must work without futr.
            nf.save(source.resolve("forecaster-v" + version + ".zen"));
            Files.writeString(source.resolve("forecaster-v" + version + "-predict.csv"), csv(nf.predict()));
            return;
        }
        ForecastFrame predicted = NeuralForecast.load(model).predict();
        String[] want = Files.readString(expected).split("\n");
        String[] got = csv(predicted).split("\n");
        assertEquals(want[0], got[0]);
        assertEquals(want.length, got.length);
        for (int r = 1; r < want.length; r++) {
            String[] w = want[r].split(",");
            String[] g = got[r].split(",");
            assertEquals(w.length, g.length);
            for (int c = 0; c < w.length; c++) {
                if (c < 3) {
                    assertEquals(w[c], g[c], "row " + r);
                } else {
                    double a = Double.parseDouble(w[c]);
                    assertEquals(a, Double.parseDouble(g[c]), 1e-5 * (1 + Math.abs(a)), "row " + r + " column " + c);
                }
            }
        }
    }

    private static String csv(ForecastFrame frame) throws IOException {
        StringWriter out = new StringWriter();
        frame.writeCsv(out);
        return out.toString();
    }
}
