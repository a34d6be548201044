package dev.zenneural.benchmarks.inference;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.ForwardPass;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NeuronState;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Inference with zen-core's {@link Network}: forward passes (rows) per second, single rows and
 * batches, on FANN's mushroom shape 125-32-2 and on an MNIST-shaped 784-256-128-10 (sigmoid
 * symmetric hidden layers, sigmoid outputs, random weights in [-0.1, 0.1]).
 *
 * <ul>
 *   <li>{@code single}: {@link Network#run(float[], float[])}, one row per call (the per-thread scratch
 *       path), over {@value #ROWS} different rows;</li>
 *   <li>{@code singleExact}: the same rows through {@link ForwardPass}, the libfann-order engine that
 *       training uses, for comparison in the same run;</li>
 *   <li>{@code batchedSingleThread} ({@code -Dzen.threads=1}) and {@code batched} (the kernel's
 *       default threads, all processors): {@link Network#run(float[], int, float[])} on
 *       {@value #BATCH} rows at once, dense layers as SGEMM products.</li>
 * </ul>
 * The score is rows per second (JMH's ops/s, one op per row). {@code inputs=sparse} rows are mostly
 * zero as one-hot encoded data is: for 125-32-2, 21 of the 125 inputs are 1 (mushroom.train's rows
 * have 21 or 22); for 784-256-128-10, 150 of 784 are in (0, 1], about an MNIST digit's share of
 * lit pixels. {@code inputs=dense} rows are uniform in [0, 1), none zero.
 *
 * <p>Run: {@code ./jmh InferenceBenchmark -prof gc} (see the README); {@code gc.alloc.rate.norm} is
 * the bytes allocated per row. Warm single-row calls allocate nothing, and so do batched calls on
 * one thread; {@code batched} with several threads allocates a few bytes per row, the kernel's
 * hand-off of each large matrix product to its pool.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InferenceBenchmark {

    static final int ROWS = 256;
    static final int BATCH = 1024;

    @Param({"125-32-2", "784-256-128-10"})
    public String layers;

    @Param({"sparse", "dense"})
    public String inputs;

    private Network network;
    private float[][] rows;
    private float[] batch;
    private float[] out;
    private float[] batchOut;
    private NeuronState state;
    private float[] exactWeights;

    @Setup
    public void setUp() {
        String[] sizes = layers.split("-");
        int[] layerSizes = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            layerSizes[i] = Integer.parseInt(sizes[i]);
        }
        network = Network.builder().layers(layerSizes)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .randomWeights(-0.1f, 0.1f).seed(42).build();
        int n = network.numInputs();
        SplittableRandom random = new SplittableRandom(7);
        batch = new float[BATCH * n];
        for (int r = 0; r < BATCH; r++) {
            if (inputs.equals("dense")) {
                for (int i = 0; i < n; i++) {
                    batch[r * n + i] = (float) random.nextDouble();
                }
            } else {
                int lit = n == 125 ? 21 : n * 150 / 784;
                for (int set = 0; set < lit; ) {
                    int i = random.nextInt(n);
                    if (batch[r * n + i] == 0) {
                        batch[r * n + i] = n == 125 ? 1f : (float) (1 - random.nextDouble());
                        set++;
                    }
                }
            }
        }
        rows = new float[ROWS][n];
        for (int r = 0; r < ROWS; r++) {
            System.arraycopy(batch, r * n, rows[r], 0, n);
        }
        out = new float[network.numOutputs()];
        batchOut = new float[BATCH * network.numOutputs()];
        state = network.newState();
        exactWeights = network.weights();
    }

    @Benchmark
    @Fork(1)
    @OperationsPerInvocation(ROWS)
    public float single() {
        float sink = 0;
        for (float[] row : rows) {
            network.run(row, out);
            sink += out[0];
        }
        return sink;
    }

    @Benchmark
    @Fork(1)
    @OperationsPerInvocation(ROWS)
    public float singleExact() {
        float sink = 0;
        float[] weights = exactWeights;
        for (float[] row : rows) {
            ForwardPass.run(network.topology(), weights, row, 0, state);
            sink += state.values()[network.topology().firstOutput()];
        }
        return sink;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dzen.threads=1")
    @OperationsPerInvocation(BATCH)
    public float[] batchedSingleThread() {
        network.run(batch, BATCH, batchOut);
        return batchOut;
    }

    @Benchmark
    @Fork(1)
    @OperationsPerInvocation(BATCH)
    public float[] batched() {
        network.run(batch, BATCH, batchOut);
        return batchOut;
    }
}
