package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.testing.CProbe;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our trainer against libfann 2.2's {@code fann_train_epoch} from the same starting weights: a C
 * probe (fann_train_probe.c, compiled with gcc and {@code -lfloatfann}) prints the MSE of every
 * epoch, and ours must follow it within float rounding. Needs {@code gcc} and {@code libfann-dev}.
 */
@Tag("interop")
class FannTrainingInteropTest {

    private static final int EPOCHS = 40;
    private static final double RELATIVE = 1e-4;
    private static final int BATCHED_TIGHT_EPOCHS = 10;
    private static final double BATCHED_RELATIVE = 0.1;

    @TempDir
    static Path dir;

    private static final String INSTALL = "apt-get install -y gcc libfann-dev";

    private static CProbe probe;

    @BeforeAll
    static void compileProbe() throws Exception {
        probe = CProbe.compile(FannTrainingInteropTest.class, "fann_train_probe.c", dir, INSTALL, "-lfloatfann", "-lm");
    }

    static List<Arguments> cases() {
        Network xor = Network.builder().layers(2, 3, 1).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).randomWeights(-1, 1).seed(3).build();
        Network xorShortcut = Network.builder().layers(2, 3, 2, 1).shortcut()
                .hiddenActivation(ActivationFunction.ELLIOT_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).randomWeights(-1, 1).seed(4).build();
        Network building = Network.builder().layers(14, 6, 3).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID).randomWeights(-0.5f, 0.5f).seed(5).build();
        List<Arguments> cases = new ArrayList<>();
        for (String algorithm : List.of("rprop", "batch", "quickprop", "incremental")) {
            for (ErrorFunction ef : ErrorFunction.values()) {
                cases.add(Arguments.of("xor.data", xor, algorithm, ef));
                cases.add(Arguments.of("building-head.data", building, algorithm, ef));
            }
            cases.add(Arguments.of("xor.data", xorShortcut, algorithm, ErrorFunction.TANH));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {2} {3} {1}")
    @MethodSource("cases")
    void mseFollowsLibfann(String dataName, Network network, String algorithm, ErrorFunction errorFunction)
            throws Exception {
        Path data = dir.resolve(dataName);
        if (!Files.exists(data)) {
            try (InputStream in = getClass().getResourceAsStream(dataName)) {
                Files.copy(in, data);
            }
        }
        Path net = Files.createTempFile(dir, "start", ".net");
        FannNetFile.write(network, net);
        CProbe.Result r = probe.run(net.toString(), data.toString(), algorithm,
                errorFunction.name().toLowerCase(java.util.Locale.ROOT), Integer.toString(EPOCHS));
        assertEquals(0, r.code(), r.output());
        String[] lines = r.output().strip().split("\n");
        assertEquals(EPOCHS, lines.length, r.output());

        TrainingData pairs = FannDataFile.read(data);
        List<EpochReport> exact = train(network, pairs, algorithm, errorFunction, true);
        List<EpochReport> batched = train(network, pairs, algorithm, errorFunction, false);
        for (int e = 0; e < EPOCHS; e++) {
            String[] fields = lines[e].trim().split(" ");
            double expected = Double.parseDouble(fields[0]);
            double actual = exact.get(e).trainMse();
            assertTrue(Math.abs(expected - actual) <= RELATIVE * Math.abs(expected) + 1e-9,
                    "exact order, epoch " + (e + 1) + ": libfann MSE " + expected + ", ours " + actual);
            // Matrix products sum in another order. The batched run is held to libfann as tightly as
            // the exact one for 10 epochs, then within 10 %. Quickprop's parabolic jumps amplify the
            // last-bit differences into another trajectory after about 20 epochs (13 % apart by epoch
            // 31 on XOR), so from there it must only train as well: no worse than 1.5 times libfann's
            // MSE at the end.
            double fast = batched.get(e).trainMse();
            boolean chaotic = algorithm.equals("quickprop") && e >= BATCHED_TIGHT_EPOCHS;
            if (chaotic) {
                continue;
            }
            double tolerance = e < BATCHED_TIGHT_EPOCHS ? RELATIVE : BATCHED_RELATIVE;
            assertTrue(Math.abs(expected - fast) <= tolerance * Math.abs(expected) + 1e-9,
                    "matrix products, epoch " + (e + 1) + ": libfann MSE " + expected + ", ours " + fast);
        }
        if (algorithm.equals("quickprop")) {
            double expected = Double.parseDouble(lines[EPOCHS - 1].trim().split(" ")[0]);
            double fast = batched.get(EPOCHS - 1).trainMse();
            assertTrue(fast <= 1.5 * expected + 1e-9, "matrix products, last epoch: libfann MSE " + expected
                    + ", ours " + fast);
        }
    }

    private static List<EpochReport> train(Network network, TrainingData pairs, String algorithm,
            ErrorFunction errorFunction, boolean exactOrder) {
        List<EpochReport> reports = new ArrayList<>();
        Trainer.builder().algorithm(algorithm(algorithm)).errorFunction(errorFunction).maxEpochs(EPOCHS).desiredError(-1)
                .exactFannOrder(exactOrder).listener(report -> {
                    reports.add(report);
                    return TrainingListener.Decision.CONTINUE;
                }).build().train(network, pairs);
        assertEquals(EPOCHS, reports.size());
        return reports;
    }

    private static TrainingAlgorithm algorithm(String name) {
        return switch (name) {
            case "rprop" -> Rprop.defaults();
            case "batch" -> BatchBackprop.defaults();
            case "quickprop" -> Quickprop.defaults();
            case "incremental" -> IncrementalBackprop.defaults();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
