package dev.zenneural.benchmarks.fann;

import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Batched inference beside libfann: one network (sigmoid-symmetric hidden layers, sigmoid outputs,
 * seeded random weights) written by zen as a FANN file, the same random input rows for both; libfann
 * runs {@code fann_run} row by row (it has no batched call), zen runs all rows with
 * {@link Network#run(float[], int, float[])}. Each repeats whole passes over the rows for at least a
 * second after a warm-up; the outputs of both are compared before anything is printed. The engines
 * take turns for {@code zen.bench.repeats} rounds (default 5): the rates printed are each engine's
 * best, beside the median of the rounds' ratios (each round's two engines ran back to back, so a
 * slow spell of this shared machine lands in one round rather than in one engine).
 *
 * <pre>
 *   BatchedInferenceSideBySide LAYERS ROWS WORKDIR [DRIVER]
 * </pre>
 * With DRIVER (the compiled {@code fann_batched_inference.c}), prints libfann's line and zen's and
 * keeps libfann's best rate in WORKDIR; without it, prints zen's best against the kept rate (a second
 * JVM, for another {@code -Dzen.threads}; no median there). {@code ci/bench-inference.sh} runs both.
 */
public final class BatchedInferenceSideBySide {

    private static final String FANN_RATE = "fann-forward-per-s.txt";
    private static final double TOLERANCE = 1e-5;
    private static final int REPEATS = Integer.getInteger("zen.bench.repeats", 5);
    private static volatile float blackhole;

    private BatchedInferenceSideBySide() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: BatchedInferenceSideBySide LAYERS ROWS WORKDIR [DRIVER]");
            System.exit(2);
        }
        int[] layers = Arrays.stream(args[0].split("[-,]")).mapToInt(Integer::parseInt).toArray();
        int rows = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Network net = network(layers);
        float[] inputs = inputs(rows, net.numInputs());
        float[] outputs = new float[rows * net.numOutputs()];
        net.run(inputs, rows, outputs);
        int threads = Integer.getInteger("zen.threads", Runtime.getRuntime().availableProcessors());
        String engine = threads == 1 ? "zen" : "zen-" + threads + "t";
        FastestKernels.await();
        // A second of passes, untimed: C2 compiles the forward pass.
        forwardPerSecond(net, inputs, rows, outputs);
        double[] zenRates = new double[REPEATS];
        if (args.length == 4) {
            Path netFile = work.resolve("batched.net");
            FannNetFile.write(net, netFile);
            Path in = work.resolve("inputs.f32");
            Path out = work.resolve("fann-outputs.f32");
            Files.write(in, littleEndian(inputs));
            double[] fannRates = new double[REPEATS];
            double[] ratios = new double[REPEATS];
            for (int round = 0; round < REPEATS; round++) {
                Map<String, String> fann = CDriver.run(List.of(args[3], netFile.toString(), in.toString(),
                        Integer.toString(rows), out.toString()), "forward_per_s");
                if (round == 0) {
                    checkAgree(fromLittleEndian(Files.readAllBytes(out)), outputs);
                }
                fannRates[round] = Double.parseDouble(fann.get("forward_per_s"));
                zenRates[round] = forwardPerSecond(net, inputs, rows, outputs);
                ratios[round] = zenRates[round] / fannRates[round];
            }
            double fannRate = max(fannRates);
            Files.writeString(work.resolve(FANN_RATE), Double.toString(fannRate));
            System.out.printf(Locale.ROOT, "layers %s, %d rows of random inputs in [-1, 1]; libfann: fann_run row by"
                    + " row; zen: Network.run on all rows at once (SGEMM kernel %s); outputs agree to %.0e;"
                    + " %d rounds, the engines by turns, a second of passes each: best rates, and the median of the"
                    + " rounds' zen/fann%n", args[0], rows, Sgemm.kernelName(), TOLERANCE, REPEATS);
            System.out.printf(Locale.ROOT, "%-8s %14s %10s %10s%n", "engine", "forward/s", "vs fann", "median");
            System.out.printf(Locale.ROOT, "%-8s %14.4g %10.2f %10s%n", "fann", fannRate, 1.0, "");
            System.out.printf(Locale.ROOT, "%-8s %14.4g %10.2f %10.2f%n", engine, max(zenRates),
                    max(zenRates) / fannRate, EngineRuns.median(ratios));
            return;
        }
        double fannRate = Double.parseDouble(Files.readString(work.resolve(FANN_RATE)).trim());
        for (int round = 0; round < REPEATS; round++) {
            zenRates[round] = forwardPerSecond(net, inputs, rows, outputs);
        }
        System.out.printf(Locale.ROOT, "%-8s %14.4g %10.2f %10s%n", engine, max(zenRates), max(zenRates) / fannRate,
                "-");
    }

    /**
     * The network timed: {@code layers} (sizes, inputs first), sigmoid-symmetric hidden layers,
     * sigmoid outputs, seeded random weights (seed 1).
     */
    public static Network network(int[] layers) {
        return Network.builder().layers(layers)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .seed(1)
                .build();
    }

    /** {@code rows} rows of {@code numInputs} random inputs in [-1, 1] (seed 2). */
    public static float[] inputs(int rows, int numInputs) {
        float[] inputs = new float[rows * numInputs];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) (2 * random.nextDouble() - 1);
        }
        return inputs;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** Whole batched passes for at least a second. */
    private static double forwardPerSecond(Network net, float[] inputs, int rows, float[] outputs) {
        float sink = 0;
        long passes = 0;
        long start = System.nanoTime();
        double elapsed;
        do {
            net.run(inputs, rows, outputs);
            sink += outputs[0];
            passes += rows;
            elapsed = (System.nanoTime() - start) * 1e-9;
        } while (elapsed < 1.0);
        blackhole = sink;
        return passes / elapsed;
    }

    private static void checkAgree(float[] fann, float[] zen) {
        if (fann.length != zen.length) {
            throw new IllegalStateException("libfann wrote " + fann.length + " outputs, zen has " + zen.length);
        }
        for (int i = 0; i < zen.length; i++) {
            if (Math.abs(fann[i] - zen[i]) > TOLERANCE) {
                throw new IllegalStateException("output " + i + ": libfann " + fann[i] + ", zen " + zen[i]);
            }
        }
    }

    private static byte[] littleEndian(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    private static float[] fromLittleEndian(byte[] bytes) {
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
