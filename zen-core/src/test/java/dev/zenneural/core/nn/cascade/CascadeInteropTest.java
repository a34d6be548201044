package dev.zenneural.core.nn.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.testing.CProbe;
import dev.zenneural.core.testing.SharedDatasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our cascade training against libfann 2.2's {@code fann_cascadetrain_on_data} with the same
 * settings: a C probe (fann_cascade_probe.c, {@code -lfloatfann}) grows a network from
 * {@code fann_create_shortcut} for a few seeds of C's {@code rand}. The weights cannot match (libfann
 * draws them from {@code rand}), so the quality must: no more neurons than libfann's worst run needs
 * (with some slack), and a final MSE no worse than its median by more than half. Needs {@code gcc}
 * and {@code libfann-dev}.
 */
@Tag("interop")
class CascadeInteropTest {

    private static final String INSTALL = "apt-get install -y gcc libfann-dev";
    private static final int SEEDS = 3;

    @TempDir
    static Path dir;

    private static CProbe probe;

    @BeforeAll
    static void compileProbe() throws Exception {
        probe = CProbe.compile(CascadeInteropTest.class, "fann_cascade_probe.c", dir, INSTALL, "-lfloatfann", "-lm");
    }

    @ParameterizedTest(name = "{0} {3} {4}")
    @CsvSource({
        "xor.data, 10, 0.001, SIGMOID_SYMMETRIC, rprop",
        "parity8.train, 30, 0.0001, SIGMOID, rprop",
        "two-spiral.train, 40, 0.0001, SIGMOID_SYMMETRIC, rprop",
        "two-spiral.train, 25, 0.0001, SIGMOID_SYMMETRIC, quickprop",
    })
    void qualityLikeLibfann(String file, int maxNeurons, float desired, String output, String algorithm)
            throws Exception {
        Path data = SharedDatasets.fann(file);
        // libfann's runs (processes of their own) go on while ours trains: this class is the longest
        // of zen-core's full tier, which the rest of the build waits for.
        ExecutorService runs = Executors.newFixedThreadPool(SEEDS);
        try {
            List<Future<CProbe.Result>> fann = new ArrayList<>();
            for (int seed = 1; seed <= SEEDS; seed++) {
                String[] args = {data.toString(), Integer.toString(maxNeurons), Float.toString(desired), output,
                    algorithm, Integer.toString(seed)};
                fann.add(runs.submit(() -> probe.run(args)));
            }
            TrainingData pairs = FannDataFile.read(data);
            Network start = Network.builder().layers(pairs.numInputs(), pairs.numOutputs()).shortcut()
                    .outputActivation(ActivationFunction.valueOf(output)).seed(1).build();
            CascadeResult ours = CascadeTrainer.builder().maxNeurons(maxNeurons).desiredError(desired).seed(1)
                    .algorithm(algorithm.equals("quickprop") ? Quickprop.defaults() : Rprop.defaults()).build()
                    .train(start, pairs);
            int[] fannNeurons = new int[SEEDS];
            double[] fannMse = new double[SEEDS];
            for (int i = 0; i < SEEDS; i++) {
                CProbe.Result r = fann.get(i).get();
                assertEquals(0, r.code(), r.output());
                String[] fields = r.output().strip().split(" ");
                fannNeurons[i] = Integer.parseInt(fields[0]);
                fannMse[i] = Double.parseDouble(fields[1]);
            }
            assertQualityLikeLibfann(ours, pairs, desired, fannNeurons, fannMse);
        } finally {
            runs.shutdownNow();
        }
    }

    private static void assertQualityLikeLibfann(CascadeResult ours, TrainingData pairs, float desired,
            int[] fannNeurons, double[] fannMse) {
        double ourMse = CascadeTrainerTest.mse(ours.network(), pairs);
        Arrays.sort(fannNeurons);
        Arrays.sort(fannMse);
        String summary = "libfann neurons " + Arrays.toString(fannNeurons) + " MSE " + Arrays.toString(fannMse)
                + "; ours " + ours.hiddenNeurons() + " neurons, MSE " + ourMse;
        assertTrue(ours.hiddenNeurons() <= fannNeurons[SEEDS - 1] * 1.25 + 2, summary);
        assertTrue(ourMse <= fannMse[SEEDS / 2] * 1.5 + desired, summary);
    }
}
