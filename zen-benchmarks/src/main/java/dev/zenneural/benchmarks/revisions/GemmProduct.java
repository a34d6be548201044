package dev.zenneural.benchmarks.revisions;

import dev.zenneural.benchmarks.SgemvBenchmark;
import dev.zenneural.core.kernel.Sgemm;

/**
 * One {@code C = A * B} of a fixed shape per {@link #run}, through the public {@link Sgemm#gemm},
 * on the kernel benchmarks' seeded operands ({@link SgemvBenchmark#random}). Loaded once per
 * revision by {@link RevisionsByTurns}, so that each revision runs its own zen-core.
 */
public final class GemmProduct implements Runnable {

    private final Shape shape;
    private final float[] a;
    private final float[] b;
    private final float[] c;

    /** The product named by {@code spec} (see {@link Shape#parse}); operands from {@code seed} and the next. */
    public GemmProduct(String spec, long seed) {
        this.shape = Shape.parse(spec);
        this.a = SgemvBenchmark.random(seed, shape.m() * shape.lda());
        this.b = SgemvBenchmark.random(seed + 1, shape.k() * shape.ldb());
        this.c = new float[shape.m() * shape.ldc()];
    }

    @Override
    public void run() {
        Sgemm.gemm(false, false, shape.m(), shape.n(), shape.k(), 1f, a, 0, shape.lda(), b, 0, shape.ldb(), 0f, c, 0,
                shape.ldc());
    }
}
