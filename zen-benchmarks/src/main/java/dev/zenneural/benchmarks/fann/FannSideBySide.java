package dev.zenneural.benchmarks.fann;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.kernel.RpropSteps;
import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.kernel.Sigmoids;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NeuronState;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.IncrementalBackprop;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * zen-core beside libfann on one data set, from the same initial weights: writes the initial network
 * as a FANN {@code .net} file, then, round after round, runs the C driver {@code fann_side_by_side} on
 * it (trained by libfann) and trains the network read back from that file with zen-core on 1 and 2
 * threads, and prints one line per engine and the zen/FANN and 2t/1t ratios. All train in file order
 * (no shuffling) for a fixed number of epochs.
 *
 * <p>Run by {@code ci/bench-fann.sh}, which builds the driver:
 * {@code FannSideBySide TRAIN TEST HIDDEN ALGORITHM EPOCHS NET DRIVER}, HIDDEN a comma list of hidden
 * layer sizes, ALGORITHM one of {@code rprop quickprop incremental batch}.
 */
public final class FannSideBySide {

    /** Weights are drawn from this seed, so that runs with the same arguments start alike. */
    public static final long SEED = 42;

    /**
     * Timed runs per engine, the engines by turns, of which the fastest counts
     * ({@code -Dzen.bench.repeats}): a run on this shared machine was seen to take twice as long as the
     * next one for no reason of its own, and the machine's speed drifts over tens of seconds, so the
     * engines' runs are interleaved rather than one engine's after the other's.
     */
    private static final int REPEATS = Integer.getInteger("zen.bench.repeats", 3);

    /**
     * Pairs of zen trainings, on 1 and then 2 threads, per round ({@code -Dzen.bench.threadPairs}):
     * the first pair's 1-thread run is zen's run beside FANN's; every pair counts for 2t/1t. A
     * 2-thread run is fast only when both CPUs are, which on this shared machine is rarer than one
     * being fast, so with one pair a round the fastest 2-thread run often came from a slower moment
     * than the fastest 1-thread run (mushroom's 2t/1t, the same slopes for RPROP and batch, was 1.97
     * and 1.50 in one table). The extra pairs cost zen's time only, not FANN's.
     */
    private static final int THREAD_PAIRS = Integer.getInteger("zen.bench.threadPairs", 3);

    /**
     * How long zen's training runs untimed before the timed runs ({@code -Dzen.bench.warmupSeconds}):
     * C2 was seen to run the SGEMM kernel at half speed for the first second or two of a JVM, until
     * it compiled it again.
     */
    private static final long WARMUP_NANOS = (long) (Double.parseDouble(
            System.getProperty("zen.bench.warmupSeconds", "3")) * 1e9);

    /**
     * Initial weight sets over which both engines' test errors are averaged ({@code -Dzen.bench.seeds};
     * 1: only the timed run's).
     */
    private static final int SEEDS = Integer.getInteger("zen.bench.seeds", 1);

    /** The output neuron is a sigmoid, whose range [0, 1] has its midpoint at 0.5. */
    private static final float THRESHOLD = 0.5f;

    /** Where the forward passes' outputs go, so that the JIT cannot drop them as dead code. */
    private static volatile float blackhole;

    private FannSideBySide() {
    }

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 7) {
            System.err.println("usage: FannSideBySide TRAIN TEST HIDDEN ALGORITHM EPOCHS NET DRIVER");
            System.exit(2);
        }
        TrainingData train = FannDataFile.read(Path.of(args[0]));
        TrainingData test = FannDataFile.read(Path.of(args[1]));
        int[] hidden = Arrays.stream(args[2].split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        String algorithmName = args[3];
        TrainingAlgorithm algorithm = algorithm(algorithmName);
        int epochs = Integer.parseInt(args[4]);
        Path net = Path.of(args[5]);

        int[] layers = new int[hidden.length + 2];
        layers[0] = train.numInputs();
        System.arraycopy(hidden, 0, layers, 1, hidden.length);
        layers[layers.length - 1] = train.numOutputs();
        Network start = startingNetwork(layers, SEED, net);

        // Per-pair algorithms have nothing to share out; a second line would repeat the first.
        boolean twoThreads = !(algorithm instanceof IncrementalBackprop);
        Trainer one = trainer(algorithm, epochs, 1);
        Trainer two = twoThreads ? trainer(algorithm, epochs, 2) : null;
        int warmupEpochs = warmUp(start, train, epochs, one, two);
        EngineRuns fannRuns = new EngineRuns();
        EngineRuns zenRuns = new EngineRuns();
        // Every pair's runs, for 2t/1t: the first pair of each round and the extra ones.
        EngineRuns pairedRuns = new EngineRuns();
        EngineRuns zen2Runs = new EngineRuns();
        HostSteal steal = HostSteal.start();
        for (int run = 0; run < REPEATS; run++) {
            fannRuns.add(runFann(args[6], net, args[0], args[1], algorithmName, epochs));
            // Both of zen's trainings back to back, so that the 2t/1t ratio compares close moments;
            // the forward passes after them.
            Trained single = Trained.by(one, start, train);
            Trained shared = twoThreads ? Trained.by(two, start, train) : null;
            // The first forward passes get a second of warm-up for the JIT, later ones (compiled by
            // then) the C driver's 0.2 s.
            long forwardWarmup = run == 0 ? 1_000_000_000L : 200_000_000L;
            EngineRun zenRun = single.measured(train, test, epochs,
                    forwardPerSecond(single.network(), test, forwardWarmup));
            zenRuns.add(zenRun);
            if (shared != null) {
                pairedRuns.add(zenRun);
                zen2Runs.add(shared.measured(train, test, epochs, Double.NaN));
                for (int pair = 1; pair < THREAD_PAIRS; pair++) {
                    pairedRuns.add(Trained.by(one, start, train).measured(train, test, epochs, Double.NaN));
                    zen2Runs.add(Trained.by(two, start, train).measured(train, test, epochs, Double.NaN));
                }
            }
        }
        OptionalDouble stolen = steal.share();
        EngineRun fann = fannRuns.best();
        EngineRun zen = zenRuns.best();
        EngineRun zen2 = twoThreads ? zen2Runs.best() : null;
        EngineRun paired = twoThreads ? pairedRuns.best() : null;

        System.out.printf(Locale.ROOT, "%s/%s, layers %s, %s, %d epochs, %d connections, %d training pairs,"
                + " %d test pairs; single-threaded (zen-2t: zen's trainer on 2 threads); %d timed runs each, the"
                + " engines by turns, the fastest training and forward passes count%s; zen warmed up (untimed) for"
                + " %d epochs; zen's SGEMM kernel %s, sigmoids %s, row kernel %s, iRPROP- update %s%n",
                Path.of(args[0]).getFileName(), Path.of(args[1]).getFileName(), Arrays.toString(layers),
                algorithmName, epochs, zen.connections(), zen.pairs(), test.numPairs(), REPEATS,
                twoThreads ? String.format(Locale.ROOT, " (zen on 1 and 2 threads %d times a round, all of them"
                        + " for zen-2t and 2t/1t)", THREAD_PAIRS) : "",
                warmupEpochs, Sgemm.kernelName(), Sigmoids.kernelName(), RowKernels.current().name(),
                RpropSteps.kernelName());
        System.out.printf(Locale.ROOT, "%-8s %12s %14s %12s %12s %10s %14s%n",
                "engine", "s/epoch", "conn upd/s", "train MSE", "test MSE", "test err%", "forward/s");
        print("fann", fann);
        print("zen", zen);
        if (zen2 != null) {
            print("zen-2t", zen2);
        }
        // Error rates are compared as a difference in points: a ratio is meaningless when FANN's is 0.
        System.out.printf(Locale.ROOT, "%-8s %12.3f %14.3f %12.3f %12.3f %10s %14.3f%n", "zen/fann",
                zen.secondsPerEpoch() / fann.secondsPerEpoch(), zen.updatesPerSecond() / fann.updatesPerSecond(),
                zen.trainMse() / fann.trainMse(), zen.testMse() / fann.testMse(),
                String.format(Locale.ROOT, "%+.2f", errorDifference(zen, fann)),
                zen.forwardPerSecond() / fann.forwardPerSecond());
        if (zen2 != null) {
            System.out.printf(Locale.ROOT, "%-8s %12.3f %14.3f%n", "2t/1t",
                    zen2.secondsPerEpoch() / paired.secondsPerEpoch(), zen2.updatesPerSecond() / paired.updatesPerSecond());
        }
        // The same ratios run by run (each run's engines back to back), the median over the runs: a
        // check on the ratios of the fastest runs above, which may come from different moments.
        System.out.printf(Locale.ROOT, "%-8s %12s %14.3f %12s %12s %10s %14.3f%n", "zen/fann", "median",
                EngineRuns.medianRatio(fannRuns, zenRuns, true), "", "", "",
                EngineRuns.medianRatio(fannRuns, zenRuns, false));
        if (zen2 != null) {
            System.out.printf(Locale.ROOT, "%-8s %12s %14.3f%n", "2t/1t", "median",
                    EngineRuns.medianRatio(pairedRuns, zen2Runs, true));
        }
        System.out.printf(Locale.ROOT, "%-8s %12s of the CPUs' time during the timed rounds (host steal, /proc/stat)%n",
                "steal", stolen.isPresent() ? String.format(Locale.ROOT, "%.2f%%", 100 * stolen.getAsDouble()) : "n/a");
        if (SEEDS > 1) {
            compareErrorsOverSeeds(args, train, test, layers, algorithm, epochs, fann, zen);
        }
        if (zen.connections() != fann.connections()) {
            System.err.println("warning: libfann counts " + fann.connections() + " connections, zen "
                    + zen.connections());
        }
    }

    /**
     * Waits for the Vector API kernels' warm-up, then trains untimed with both trainers by turns, again
     * and again for {@link #WARMUP_NANOS}, so that the timed runs measure compiled code, as libfann's is
     * from the start, and short runs are not dominated by the compiler.
     *
     * @return the epochs trained by the single-threaded trainer
     */
    private static int warmUp(Network start, TrainingData train, int epochs, Trainer one, Trainer two) {
        FastestKernels.await();
        int warmupEpochs = 0;
        long warmStart = System.nanoTime();
        do {
            one.train(start, train);
            if (two != null) {
                two.train(start, train);
            }
            warmupEpochs += epochs;
        } while (System.nanoTime() - warmStart < WARMUP_NANOS);
        return warmupEpochs;
    }

    /** One timed training by zen: the trained network and how long it took. */
    private record Trained(Network network, double trainSeconds) {

        /** Trains a copy of {@code start}, timed as the C driver times libfann's; every run gives the same network. */
        static Trained by(Trainer trainer, Network start, TrainingData train) {
            long t0 = System.nanoTime();
            Network trained = trainer.train(start, train).network();
            return new Trained(trained, (System.nanoTime() - t0) * 1e-9);
        }

        /** The run's figures, its errors computed as the C driver computes them. */
        EngineRun measured(TrainingData train, TrainingData test, int epochs, double forwardPerSecond) {
            double[] trainEval = evaluate(network, train);
            double[] testEval = evaluate(network, test);
            return new EngineRun(network.topology().totalConnections(), train.numPairs(), epochs, trainSeconds,
                    trainEval[0], testEval[0], testEval[1], forwardPerSecond);
        }
    }

    /** The zen side of every run: a fixed number of epochs, no early stop (the C driver's settings). */
    private static Trainer trainer(TrainingAlgorithm algorithm, int epochs, int threads) {
        return Trainer.builder().algorithm(algorithm).maxEpochs(epochs).desiredError(-1).threads(threads).build();
    }

    /**
     * The network both engines start from: FANN's standard layout, random weights in [-0.1, 0.1] drawn
     * from {@code seed}, written to {@code net} for libfann and read back, so that zen starts from
     * exactly the weights libfann parses, not from the floats before they were printed.
     */
    private static Network startingNetwork(int[] layers, long seed, Path net) throws IOException {
        FannNetFile.write(network(layers, seed), net);
        return FannNetFile.read(net).network();
    }

    /**
     * The network this benchmark trains, before its round trip through a {@code .net} file: FANN's
     * standard layout of {@code layers} (sizes, inputs first), sigmoid-symmetric hidden neurons and
     * sigmoid outputs, random weights in [-0.1, 0.1] drawn from {@code seed}.
     */
    public static Network network(int[] layers, long seed) {
        return Network.builder()
                .layers(layers)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .seed(seed)
                .randomWeights(-0.1f, 0.1f)
                .build();
    }

    /**
     * Trains both engines (untimed, zen single-threaded) from {@link #SEEDS}{@code - 1} more initial
     * weight sets and prints both engines' test classification error averaged over all of them, the
     * timed run's included: where training is chaotic under float rounding, one start says little
     * about which engine learns better.
     */
    private static void compareErrorsOverSeeds(String[] args, TrainingData train, TrainingData test, int[] layers,
            TrainingAlgorithm algorithm, int epochs, EngineRun fann, EngineRun zen) throws IOException, InterruptedException {
        double fannSum = fann.testErrorPct();
        double zenSum = zen.testErrorPct();
        Trainer trainer = trainer(algorithm, epochs, 1);
        Path net = Path.of(args[5]);
        for (int s = 1; s < SEEDS; s++) {
            Network start = startingNetwork(layers, SEED + s, net);
            fannSum += runFann(args[6], net, args[0], args[1], args[3], epochs).testErrorPct();
            zenSum += evaluate(trainer.train(start, train).network(), test)[1];
        }
        System.out.printf(Locale.ROOT, "%-8s %12s %14s %12s %12s %10.2f %14s%n", "fann", "seeds " + SEEDS, "", "", "",
                fannSum / SEEDS, "");
        System.out.printf(Locale.ROOT, "%-8s %12s %14s %12s %12s %10.2f %14s%n", "zen", "seeds " + SEEDS, "", "", "",
                zenSum / SEEDS, "");
    }

    /** In points, rounded to the printed digits so that equal rates never show as -0.00. */
    private static double errorDifference(EngineRun zen, EngineRun fann) {
        return Math.round((zen.testErrorPct() - fann.testErrorPct()) * 100) / 100.0 + 0.0;
    }

    /**
     * The algorithm an ALGORITHM argument names, with FANN's defaults.
     *
     * @throws IllegalArgumentException naming the expected names, for any other
     */
    public static TrainingAlgorithm algorithm(String name) {
        return switch (name) {
            case "rprop" -> Rprop.defaults();
            case "quickprop" -> Quickprop.defaults();
            case "incremental" -> IncrementalBackprop.defaults();
            case "batch" -> BatchBackprop.defaults();
            default -> throw new IllegalArgumentException(
                    "unknown algorithm " + name + "; expected rprop, quickprop, incremental or batch");
        };
    }

    /** MSE and classification error in percent, computed as the C driver does. */
    private static double[] evaluate(Network network, TrainingData data) {
        int outs = data.numOutputs();
        float[] in = new float[data.numInputs()];
        float[] out = new float[outs];
        NeuronState state = network.newState();
        double sum = 0;
        int wrong = 0;
        for (int p = 0; p < data.numPairs(); p++) {
            data.copyInputs(p, 1, in, 0);
            network.run(in, out, state);
            int bestOut = 0;
            int bestTarget = 0;
            for (int o = 0; o < outs; o++) {
                double d = out[o] - data.output(p, o);
                sum += d * d;
                if (out[o] > out[bestOut]) {
                    bestOut = o;
                }
                if (data.output(p, o) > data.output(p, bestTarget)) {
                    bestTarget = o;
                }
            }
            boolean miss = outs == 1 ? (out[0] >= THRESHOLD) != (data.output(p, 0) >= THRESHOLD)
                    : bestOut != bestTarget;
            if (miss) {
                wrong++;
            }
        }
        return new double[] {sum / ((double) data.numPairs() * outs), 100.0 * wrong / data.numPairs()};
    }

    /** Single rows, as {@code fann_run}: a warm-up, then whole test-set passes for at least a second. */
    private static double forwardPerSecond(Network network, TrainingData data, long warmupNanos) {
        int rows = data.numPairs();
        float[][] inputs = new float[rows][data.numInputs()];
        for (int p = 0; p < rows; p++) {
            data.copyInputs(p, 1, inputs[p], 0);
        }
        float[] out = new float[data.numOutputs()];
        NeuronState state = network.newState();
        float sink = 0;
        long warmStart = System.nanoTime();
        while (System.nanoTime() - warmStart < warmupNanos) {
            for (float[] in : inputs) {
                network.run(in, out, state);
                sink += out[0];
            }
        }
        long passes = 0;
        long t0 = System.nanoTime();
        double elapsed;
        do {
            for (float[] in : inputs) {
                network.run(in, out, state);
                sink += out[0];
            }
            passes += rows;
            elapsed = (System.nanoTime() - t0) * 1e-9;
        } while (elapsed < 1.0);
        blackhole = sink;
        return passes / elapsed;
    }

    private static EngineRun runFann(String driver, Path net, String train, String test, String algorithm,
            int epochs) throws IOException, InterruptedException {
        Map<String, String> values = CDriver.run(List.of(driver, net.toString(), train, test, algorithm,
                Integer.toString(epochs)), "connections", "pairs", "epochs", "train_s", "train_mse", "test_mse",
                "test_err_pct", "forward_per_s");
        try {
            return new EngineRun(Integer.parseInt(values.get("connections")), Integer.parseInt(values.get("pairs")),
                    Integer.parseInt(values.get("epochs")), Double.parseDouble(values.get("train_s")),
                    Double.parseDouble(values.get("train_mse")), Double.parseDouble(values.get("test_mse")),
                    Double.parseDouble(values.get("test_err_pct")),
                    Double.parseDouble(values.get("forward_per_s")));
        } catch (RuntimeException e) {
            throw new IOException("unexpected output from " + driver + ": " + values, e);
        }
    }

    private static void print(String engine, EngineRun r) {
        System.out.printf(Locale.ROOT, "%-8s %12.4g %14.4g %12.6g %12.6g %10.2f %14s%n", engine,
                r.secondsPerEpoch(), r.updatesPerSecond(), r.trainMse(), r.testMse(), r.testErrorPct(),
                Double.isNaN(r.forwardPerSecond()) ? "-" : String.format(Locale.ROOT, "%.4g", r.forwardPerSecond()));
    }
}
