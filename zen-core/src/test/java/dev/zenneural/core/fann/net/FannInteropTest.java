package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.testing.CProbe;
import dev.zenneural.core.testing.FloatAsserts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both directions against the real libfann 2.2: a C probe (fann_interop.c) compiled with gcc and
 * linked with {@code -lfloatfann}. Needs the Debian packages {@code gcc} and {@code libfann-dev}.
 */
@Tag("interop")
class FannInteropTest {

    private static final String INSTALL = "apt-get install -y gcc libfann-dev";

    @TempDir
    static Path dir;

    private static CProbe probe;

    @BeforeAll
    static void compileProbe() throws Exception {
        probe = CProbe.compile(FannInteropTest.class, "fann_interop.c", dir, INSTALL, "-lfloatfann", "-lm");
    }

    private static float[][] rows(int count, int inputs, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[][] rows = new float[count][inputs];
        for (float[] row : rows) {
            for (int i = 0; i < inputs; i++) {
                row[i] = (float) (random.nextDouble() * 4 - 2);
            }
        }
        return rows;
    }

    private static Path writeInputs(float[][] rows) throws IOException {
        StringBuilder s = new StringBuilder().append(rows.length).append('\n');
        for (float[] row : rows) {
            for (float v : row) {
                s.append(v).append(' ');
            }
            s.append('\n');
        }
        Path file = Files.createTempFile(dir, "inputs", ".txt");
        Files.writeString(file, s, StandardCharsets.US_ASCII);
        return file;
    }

    @Test
    void weLoadWhatLibfannSaves() throws Exception {
        float[][] rows = rows(50, 3, 1);
        Path inputs = writeInputs(rows);
        for (String kind : List.of("standard", "shortcut", "sparse")) {
            Path net = dir.resolve("c-" + kind + ".net");
            CProbe.Result r = probe.run("create", kind, net.toString(), "1234", inputs.toString());
            assertEquals(0, r.code(), r.output());
            float[][] expected = NetFixtures.parseRows(r.output());
            Network ours = FannNetFile.read(net).network();
            for (int i = 0; i < rows.length; i++) {
                FloatAsserts.assertClose(expected[i], ours.run(rows[i]), 1e-5, kind + " row " + i);
            }
        }
    }

    @Test
    void libfannLoadsWhatWeSave() throws Exception {
        List<Network> networks = new ArrayList<>();
        networks.add(Network.builder().layers(4, 9, 6, 3).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .hiddenSteepness(0.7f).outputActivation(ActivationFunction.SIGMOID).randomWeights(-1, 1).seed(8)
                .build());
        networks.add(Network.builder().layers(4, 5, 3).shortcut().hiddenActivation(ActivationFunction.ELLIOT)
                .outputActivation(ActivationFunction.LINEAR).randomWeights(-1, 1).seed(9).build());
        networks.add(Network.builder().layers(4, 10, 3).connectionRate(0.6f)
                .hiddenActivation(ActivationFunction.GAUSSIAN_SYMMETRIC).outputActivation(ActivationFunction.SIN)
                .widrowNguyen(-2, 2).seed(10).build());
        float[][] rows = rows(50, 4, 2);
        Path inputs = writeInputs(rows);
        for (int k = 0; k < networks.size(); k++) {
            Network ours = networks.get(k);
            Path net = dir.resolve("java-" + k + ".net");
            FannNetFile.write(ours, net);
            CProbe.Result r = probe.run("run", net.toString(), inputs.toString());
            assertEquals(0, r.code(), "libfann could not load our file:\n" + r.output());
            float[][] theirs = NetFixtures.parseRows(r.output());
            for (int i = 0; i < rows.length; i++) {
                FloatAsserts.assertClose(theirs[i], ours.run(rows[i]), 1e-5, ours + " row " + i);
            }
        }
    }
}
