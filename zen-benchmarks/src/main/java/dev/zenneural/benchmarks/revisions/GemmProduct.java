package dev.zenneural.benchmarks.revisions;

import dev.zenneural.core.kernel.Sgemm;
import java.util.SplittableRandom;

/**
 * One {@code C = A * B} of a fixed shape per {@link #run}, through the public {@link Sgemm#gemm},
 * on seeded operands in [-0.5, 0.5). Loaded once per revision by {@link RevisionsByTurns}, so that
 * each revision runs its own zen-core.
 */
public final class GemmProduct implements Runnable {

    private final Shape shape;
    private final float[] a;
    private final float[] b;
    private final float[] c;

    /** The product named by {@code spec} (see {@link Shape#parse}); its operands from {@code seed}. */
    public GemmProduct(String spec, long seed) {
        this.shape = Shape.parse(spec);
        SplittableRandom random = new SplittableRandom(seed);
        this.a = values(random, shape.m() * shape.lda());
        this.b = values(random, shape.k() * shape.ldb());
        this.c = new float[shape.m() * shape.ldc()];
    }

    @Override
    public void run() {
        Sgemm.gemm(false, false, shape.m(), shape.n(), shape.k(), 1f, a, 0, shape.lda(), b, 0, shape.ldb(), 0f, c, 0,
                shape.ldc());
    }

    private static float[] values(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextDouble() - 0.5);
        }
        return values;
    }
}
