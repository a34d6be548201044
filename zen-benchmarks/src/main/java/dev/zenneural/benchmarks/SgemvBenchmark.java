package dev.zenneural.benchmarks;

import dev.zenneural.core.kernel.Sgemv;
import java.util.SplittableRandom;
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
 * One {@code y = A x} ({@code gemv}) or {@code y = A^T x} ({@code gemvTransposed}) with zen-core's
 * {@link Sgemv} on an {@code m x n} row-major A (one layer's weights times one input: 125x32 is
 * mushroom's first layer, 256x1024 and 1024x1024 wide hidden layers). Single-threaded (Sgemv does
 * not split its work).
 *
 * <p>JMH reports products per second; GFLOP/s = {@code 2 m n * score / 1e9}, and since each
 * element of A is read once, GB/s of A = {@code 4 m n * score / 1e9}.
 *
 * <p>Run: {@code ./jmh SgemvBenchmark} (see the README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SgemvBenchmark {

    /** {@code m x n} of A as stored. */
    @Param({"32x125", "256x1024", "1024x1024"})
    public String shape;

    private int m;
    private int n;
    private float[] a;
    private float[] x;
    private float[] y;

    @Setup
    public void setUp() {
        String[] sizes = shape.split("x");
        m = Integer.parseInt(sizes[0]);
        n = Integer.parseInt(sizes[1]);
        a = random(7, m * n);
        x = random(8, Math.max(m, n));
        y = new float[Math.max(m, n)];
    }

    /** {@code size} floats in [0, 1) from {@code seed}: the operands of the kernel benchmarks. */
    public static float[] random(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = (float) random.nextDouble();
        }
        return v;
    }

    @Benchmark
    public float[] gemv() {
        Sgemv.gemv(false, m, n, 1f, a, 0, n, x, 0, 0f, y, 0);
        return y;
    }

    @Benchmark
    public float[] gemvTransposed() {
        Sgemv.gemv(true, m, n, 1f, a, 0, n, x, 0, 0f, y, 0);
        return y;
    }
}
