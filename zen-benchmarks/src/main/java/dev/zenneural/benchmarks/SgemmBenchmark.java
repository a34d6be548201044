package dev.zenneural.benchmarks;

import dev.zenneural.core.kernel.Sgemm;
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
 * One {@code C = A * B} of square {@code n x n} float matrices with zen-core's blocked SGEMM.
 * JMH reports products per second; GFLOP/s = {@code 2 n^3 * score / 1e9}.
 *
 * <p>Run: {@code ./jmh SgemmBenchmark} (see the README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SgemmBenchmark {

    @Param({"64", "256", "512"})
    public int n;

    private float[] a;
    private float[] b;
    private float[] c;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        a = new float[n * n];
        b = new float[n * n];
        c = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = (float) random.nextDouble();
            b[i] = (float) random.nextDouble();
        }
    }

    @Benchmark
    public float[] multiply() {
        Sgemm.gemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return c;
    }
}
