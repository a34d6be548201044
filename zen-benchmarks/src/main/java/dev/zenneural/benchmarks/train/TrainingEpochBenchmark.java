package dev.zenneural.benchmarks.train;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full training epochs per second: iRPROP- (FANN's default), slopes from the batched engine (matrix
 * products over chunks of pairs), every pair of a FANN data set once per epoch, on {@code threads}
 * training threads ({@code Trainer.threads}). The network is FANN-style, as {@code ci/bench-fann.sh}
 * trains it: {@code inputs-hidden-outputs}, sigmoid-symmetric hidden layers, sigmoid outputs,
 * weights uniform in [-0.1, 0.1] from seed 42; the default is mushroom's 125-32-2 (4,098 weights)
 * on mushroom.train (4,062 pairs).
 *
 * <p>One invocation is one {@code Trainer.train} call of {@value #EPOCHS} epochs from the same
 * initial weights (desired error -1, so no call stops early); the call's set-up (RPROP's state, the
 * slope threads) is shared out over those epochs as in any longer run. The score is epochs per
 * second; the secondary {@code connectionUpdates} is weights x pairs x epochs per second, the unit of
 * {@code ci/bench-fann.sh}'s "conn upd/s" and FANN's usual speed figure.
 *
 * <p>Data: {@code data} is a file name in {@code shared/datasets/fann} (the directory is the system
 * property {@value #DATASETS}, which {@code ./jmh} sets to {@code ../shared/datasets} beside the
 * repository; JMH's forks inherit it), with {@code .train} added when there is no such file; or a
 * path. {@code hidden} is a comma list of hidden layer sizes.
 *
 * <p>Run: {@code ./jmh TrainingEpochBenchmark}; another data set:
 * {@code ./jmh TrainingEpochBenchmark -p data=building -p hidden=16}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingEpochBenchmark {

    /** System property with the shared datasets' directory (the tests' name for it too). */
    static final String DATASETS = "zen.shared.datasets";
    static final int EPOCHS = 10;

    @Param("mushroom")
    public String data;

    @Param("32")
    public String hidden;

    @Param({"1", "2"})
    public int threads;

    private Network start;
    private TrainingData pairs;
    private Trainer trainer;
    private long updatesPerInvocation;

    /** Connection updates, reported per second beside the epochs. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Updates {

        /** Weights x pairs x epochs trained in this iteration. */
        public long connectionUpdates;

        /** Every iteration counts from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            connectionUpdates = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        pairs = FannDataFile.read(dataFile(data));
        int[] sizes = Arrays.stream(hidden.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        int[] layers = new int[sizes.length + 2];
        layers[0] = pairs.numInputs();
        System.arraycopy(sizes, 0, layers, 1, sizes.length);
        layers[layers.length - 1] = pairs.numOutputs();
        start = Network.builder().layers(layers)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .randomWeights(-0.1f, 0.1f).seed(42).build();
        trainer = Trainer.builder().algorithm(Rprop.defaults()).maxEpochs(EPOCHS).desiredError(-1).threads(threads)
                .build();
        updatesPerInvocation = (long) start.topology().totalConnections() * pairs.numPairs() * EPOCHS;
    }

    @Benchmark
    @OperationsPerInvocation(EPOCHS)
    public float epoch(Updates updates) {
        float mse = trainer.train(start, pairs).mse();
        updates.connectionUpdates += updatesPerInvocation;
        return mse;
    }

    /** A path as given, else the name (or name.train) in the datasets' fann directory. */
    static Path dataFile(String name) {
        Path given = Path.of(name);
        if (Files.isRegularFile(given)) {
            return given;
        }
        Path dir = Path.of(System.getProperty(DATASETS, "../shared/datasets")).resolve("fann").toAbsolutePath()
                .normalize();
        for (Path candidate : new Path[] {dir.resolve(name), dir.resolve(name + ".train")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no data file " + name + ": neither a path nor in " + dir + " (set -D"
                + DATASETS + "=DIR, or -p data=PATH)");
    }
}
