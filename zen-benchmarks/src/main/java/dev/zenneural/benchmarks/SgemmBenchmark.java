package dev.zenneural.benchmarks;

import dev.zenneural.core.kernel.Sgemm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code C = A * B} ({@code m x k} times {@code k x n}, no transposes) with zen-core's SGEMM,
 * on square sizes and on the products of an MLP's forward pass (batch 256 rows: mushroom's
 * 125-input layer into 32 hidden units, 32 hidden into 2 outputs, a 1024-wide hidden layer).
 * JMH reports products per second; GFLOP/s = {@code 2 m n k * score / 1e9}, which
 * {@code ci/bench-gemm.sh} prints beside OpenBLAS.
 *
 * <p>{@code singleThread} runs with {@code -Dzen.threads=1}; {@code multiThread} with the default
 * (all processors), so products above Sgemm's threshold are split. {@code kernel} is
 * {@code -Dzen.gemm}: {@code auto} (the Vector API kernel where {@code ./jmh}'s
 * {@code --add-modules jdk.incubator.vector} made it available), {@code vector} or
 * {@code superword}. C narrower than eight columns runs Sgemm's narrow kernels ({@code -Dzen.narrow}):
 * the Vector API one, or with {@code superword} the plain-loop one, so that column is zen without the
 * Vector API.
 *
 * <p>Run: {@code ./jmh SgemmBenchmark} (see the README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SgemmBenchmark {

    /** {@code m x n x k}. */
    @Param({"64x64x64", "256x256x256", "512x512x512", "1024x1024x1024", "256x32x125", "256x2x32",
        "256x1024x1024"})
    public String shape;

    /** Sgemm's kernel setting ({@code -Dzen.gemm}). */
    @Param({"auto"})
    public String kernel;

    private int m;
    private int n;
    private int k;
    private float[] a;
    private float[] b;
    private float[] c;

    @Setup
    public void setUp() throws InterruptedException {
        // Read once, on the first product: every parameter combination runs in a JVM of its own.
        System.setProperty("zen.gemm", kernel);
        System.setProperty("zen.narrow", kernel.equals("superword") ? "scalar" : kernel);
        if (!kernel.equals("auto") && !Sgemm.kernelName().equals(kernel)) {
            throw new IllegalStateException("asked for kernel " + kernel + ", got " + Sgemm.kernelName());
        }
        // The vector kernels are handed out after their background warm-ups; on a busy machine those
        // can outlast JMH's warm-up iterations, which would then time the SuperWord kernel.
        if (!Sgemm.awaitFastestKernels(java.time.Duration.ofSeconds(60))) {
            throw new IllegalStateException("the " + Sgemm.kernelName() + " kernels were not warm within 60 s");
        }
        String[] sizes = shape.split("x");
        m = Integer.parseInt(sizes[0]);
        n = Integer.parseInt(sizes[1]);
        k = Integer.parseInt(sizes[2]);
        a = SgemvBenchmark.random(7, m * k);
        b = SgemvBenchmark.random(8, k * n);
        c = new float[m * n];
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dzen.threads=1")
    public float[] singleThread() {
        Sgemm.gemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        return c;
    }

    @Benchmark
    @Fork(1)
    public float[] multiThread() {
        Sgemm.gemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        return c;
    }
}
