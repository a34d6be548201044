package dev.zenneural.benchmarks;

import dev.zenneural.core.kernel.Reductions;
import dev.zenneural.core.kernel.VectorOps;
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
 * zen-core's level-1 kernels ({@link VectorOps}) and reductions ({@link Reductions}) on vectors of
 * {@code n} floats, single-threaded. JMH reports calls per second ({@code score}); per call:
 * <ul>
 *   <li>{@code axpy} (offsets 0, 0) and {@code axpyOffsets} (offsets 1, 3, through the scratch
 *       rows) make two calls each: {@code 4n} flops, {@code 24n} bytes (read x and y, write y);</li>
 *   <li>{@code dot}: {@code 2n} flops, {@code 8n} bytes; {@code sumOfSquares}: {@code 2n} flops,
 *       {@code 4n} bytes; {@code scal} makes two calls: {@code 2n} flops, {@code 16n} bytes;</li>
 *   <li>{@code columnSums} of a {@code 256 x n} batch of deltas (a bias gradient): {@code 256n}
 *       flops, {@code 1024n} bytes read.</li>
 * </ul>
 * GFLOP/s = {@code flops * score / 1e9}; GB/s = {@code bytes * score / 1e9}.
 *
 * <p>Run: {@code ./jmh VectorOpsBenchmark} (see the README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VectorOpsBenchmark {

    /** Rows of the batch that {@code columnSums} reduces. */
    public static final int BATCH = 256;

    /** Vector length. */
    @Param({"1024", "65536"})
    public int n;

    private float[] x;
    private float[] y;
    private float[] batch;
    private float[] sums;

    @Setup
    public void setUp() {
        x = SgemvBenchmark.random(1, n + 8);
        y = SgemvBenchmark.random(2, n + 8);
        batch = SgemvBenchmark.random(3, BATCH * n);
        sums = new float[n];
    }

    @Benchmark
    public float[] axpy() {
        // alpha * x + y with alpha and -alpha in turn keeps y bounded across calls.
        VectorOps.axpy(n, 1e-3f, x, 0, y, 0);
        VectorOps.axpy(n, -1e-3f, x, 0, y, 0);
        return y;
    }

    @Benchmark
    public float[] axpyOffsets() {
        VectorOps.axpy(n, 1e-3f, x, 1, y, 3);
        VectorOps.axpy(n, -1e-3f, x, 1, y, 3);
        return y;
    }

    @Benchmark
    public float dot() {
        return VectorOps.dot(n, x, 0, y, 0);
    }

    @Benchmark
    public float sumOfSquares() {
        return VectorOps.sumOfSquares(n, x, 0);
    }

    @Benchmark
    public float[] scal() {
        VectorOps.scal(n, 1.5f, x, 0);
        VectorOps.scal(n, 1 / 1.5f, x, 0);
        return x;
    }

    @Benchmark
    public float[] columnSums() {
        Reductions.columnSums(BATCH, n, 1f, batch, 0, n, 0f, sums, 0);
        return sums;
    }
}
