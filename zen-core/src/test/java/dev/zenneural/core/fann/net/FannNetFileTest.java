package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.testing.FloatAsserts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FannNetFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"standard", "shortcut", "sparse"})
    void libfannFilesGiveLibfannOutputs(String kind) throws IOException {
        FannNet net = FannNetFile.read(NetFixtures.path("libfann-" + kind + ".net"));
        float[][] expected = NetFixtures.expected("libfann-" + kind + ".expected");
        for (int r = 0; r < expected.length; r++) {
            FloatAsserts.assertClose(expected[r], net.network().run(NetFixtures.INPUTS[r]), 1e-6, kind + " row " + r);
        }
        assertEquals(0.4f, net.parameters().learningRate());
        assertEquals(3, net.parameters().trainingAlgorithm());
        assertEquals(kind.equals("shortcut") ? NetworkType.SHORTCUT : NetworkType.LAYER,
                net.network().topology().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "shortcut", "sparse"})
    void rewritingALibfannFileGivesTheSameBytes(String kind) throws IOException {
        String original = NetFixtures.text("libfann-" + kind + ".net");
        StringWriter out = new StringWriter();
        FannNetFile.write(NetFixtures.parse(original), out);
        assertEquals(original, out.toString());
    }

    @Test
    void roundTripKeepsWeightsBitExactAndOutputs() throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Network network = Network.builder().layers(5, 7, 3).hiddenActivation(ActivationFunction.ELLIOT_SYMMETRIC)
                    .outputActivation(ActivationFunction.LINEAR_PIECE).outputSteepness(0.3f).randomWeights(-2, 2)
                    .seed(77).build();
            ScaleParameters scale = new ScaleParameters(new float[] {1, 2, 3, 4, 5}, new float[5], new float[5],
                    new float[] {0.5f, 0.25f, 1, 1, 1}, new float[3], new float[3], new float[] {-1, -1, -1},
                    new float[] {2, 2, 2});
            FannNet net = new FannNet(network, FannParameters.defaults().withLearningRate(0.25f), Optional.of(scale));
            Path file = dir.resolve("a.net");
            FannNetFile.write(net, file);
            FannNet back = FannNetFile.read(file);
            assertArrayEquals(network.weights(), back.network().weights());
            assertEquals(network.topology(), back.network().topology());
            assertEquals(net.parameters(), back.parameters());
            assertEquals(net.scale(), back.scale());
            float[] in = {0.1f, -0.3f, 0.7f, 1.5f, -2f};
            assertArrayEquals(network.run(in), back.network().run(in));
            try (var files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList(), "no temporary file left");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void fixedPointFileReadsAsScaledFloats() throws IOException {
        FannNet fixed = FannNetFile.read(NetFixtures.path("libfann-standard-fixed.net"));
        FannNet flo = FannNetFile.read(NetFixtures.path("libfann-standard.net"));
        assertEquals(flo.network().topology().totalConnections(), fixed.network().topology().totalConnections());
        float step = 0x1p-13f;
        for (int c = 0; c < flo.network().topology().totalConnections(); c++) {
            assertEquals(flo.network().weight(c), fixed.network().weight(c), step / 2 + 1e-7f, "weight " + c);
        }
        assertEquals(0.75f, fixed.network().topology().steepness(4));
        assertEquals(2867 * step, fixed.parameters().bitFailLimit());
        assertEquals(List.of(0.25f, 0.5f, 0.75f, 1f), fixed.parameters().cascadeActivationSteepnesses());
        float[][] expected = NetFixtures.expected("libfann-standard.expected");
        for (int r = 0; r < expected.length; r++) {
            FloatAsserts.assertClose(expected[r], fixed.network().run(NetFixtures.INPUTS[r]), 1e-2, "row " + r);
        }
    }

    @Test
    void formatsNumbersAsGlibcPrintf() {
        assertEquals("3.49999994039535522461e-01", CFormat.exp20(0.35f));
        assertEquals("1.00000000000000000000e+03", CFormat.exp20(1000f));
        assertEquals("0.00000000000000000000e+00", CFormat.exp20(0f));
        assertEquals("-0.00000000000000000000e+00", CFormat.exp20(-0f));
        assertEquals("1.40129846432481707092e-45", CFormat.exp20(Float.MIN_VALUE));
        assertEquals("3.40282346638528859812e+38", CFormat.exp20(Float.MAX_VALUE));
        assertEquals("-0.000100", CFormat.fixed6(-0.0001f));
        assertEquals("0.010000", CFormat.fixed6(0.01f));
        assertEquals("-0.000000", CFormat.fixed6(-1e-9f));
        assertEquals("50.000000", CFormat.fixed6(50f));
        assertEquals("nan", CFormat.exp20(Float.NaN));
        assertEquals("-inf", CFormat.fixed6(Float.NEGATIVE_INFINITY));
    }

    @Test
    void refusesActivationFunctionsFannLacks() {
        Network relu = Network.builder().layers(2, 1).outputActivation(ActivationFunction.RELU).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FannNetFile.write(relu, dir.resolve("r.net")));
        assertEquals("neuron 3 uses activation function RELU, which FANN 2.2 does not have; a .net file cannot hold it",
                e.getMessage());
        assertTrue(Files.notExists(dir.resolve("r.net")));
    }
}
