package dev.zenneural.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sigmoids on the Vector API: {@link Exponential}'s algorithm lane by lane, operation for
 * operation, so every value has the bits {@link ScalarSigmoids} gives it (tested), at several times
 * the speed of one {@link Math#exp} call per value.
 *
 * <p>The sums are widened into a per-thread double scratch block by a plain loop, computed there in
 * whole vectors (the block's tail padded with zeros), and narrowed back by another plain loop. The
 * Vector API's own float-to-double shape conversions are not compiled to instructions on JDK 17 and
 * ran some ten times slower than the scalar code. Conversions that keep the number of lanes (four
 * floats to four doubles) are, and made this kernel alone 1.1-1.5 times as fast (session 13), but a
 * JVM that ran them ran batched inference at 0.75-0.9 times the speed, and its products slower
 * after it (512^3 at 36-47 GFLOP/s against 45-54; in one JVM holding both builds, both at 2.4), as
 * with the earlier exponential that {@code VectorProduct}'s javadoc tells of: so they are not used.
 * Likewise the clamp below: as two compares and blends instead of {@code max} and {@code min} it
 * made this kernel alone 1.07-1.16 times as fast, but batched inference, in separate JVMs by turns,
 * 0.7-0.8 times (12 pairs, all slower: 54,000-79,000 rows a second against 70,000-97,000).
 *
 * <p>Compiled with {@code --add-modules jdk.incubator.vector} from its own source root; loaded by
 * {@link Sigmoids} only when the running JVM resolved that module.
 */
final class VectorSigmoids implements SigmoidKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Doubles per scratch block: a multiple of every vector length, 2 KiB, well inside L1. */
    private static final int BLOCK = 256;
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[BLOCK]);

    /** Whether this JVM's vectors hold enough doubles for this to beat the scalar loop. */
    static boolean worthwhile() {
        return L >= 4;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void apply(float[] sums, int from, int to, float[] out, boolean symmetric) {
        double[] x = SCRATCH.get();
        DoubleVector numerator = DoubleVector.broadcast(S, symmetric ? 2.0 : 1.0);
        double offset = symmetric ? 1.0 : 0.0;
        for (int start = from; start < to; start += BLOCK) {
            int count = Math.min(BLOCK, to - start);
            int padded = PanelPacking.roundUp(count, L);
            for (int i = 0; i < count; i++) {
                x[i] = -2.0f * sums[start + i];
            }
            for (int i = count; i < padded; i++) {
                x[i] = 0;
            }
            for (int i = 0; i < padded; i += L) {
                DoubleVector e = exp(DoubleVector.fromArray(S, x, i));
                numerator.div(e.add(1.0)).sub(offset).intoArray(x, i);
            }
            for (int i = 0; i < count; i++) {
                out[start + i] = (float) x[i];
            }
        }
    }

    /** {@link Exponential#exp(double)} on every lane. */
    private static DoubleVector exp(DoubleVector x) {
        DoubleVector clamped = x.max(-Exponential.MAX_ARGUMENT).min(Exponential.MAX_ARGUMENT);
        DoubleVector t = clamped.fma(Exponential.INV_LN2, Exponential.ROUNDER);
        DoubleVector n = t.sub(Exponential.ROUNDER);
        DoubleVector r = n.fma(DoubleVector.broadcast(S, -Exponential.LN2_HI), clamped);
        r = n.fma(DoubleVector.broadcast(S, -Exponential.LN2_LO), r);
        DoubleVector r2 = r.mul(r);
        DoubleVector r4 = r2.mul(r2);
        DoubleVector r8 = r4.mul(r4);
        DoubleVector q0 = r.fma(Exponential.C2, Exponential.C1);
        DoubleVector q1 = r.fma(Exponential.C4, Exponential.C3);
        DoubleVector q2 = r.fma(Exponential.C6, Exponential.C5);
        DoubleVector q3 = r.fma(Exponential.C8, Exponential.C7);
        DoubleVector q4 = r.fma(Exponential.C10, Exponential.C9);
        DoubleVector q5 = r.fma(Exponential.C12, Exponential.C11);
        DoubleVector s0 = q1.fma(r2, q0);
        DoubleVector s1 = q3.fma(r2, q2);
        DoubleVector s2 = q5.fma(r2, q4);
        DoubleVector q = s2.fma(r8, s1.fma(r4, s0));
        DoubleVector p = r.fma(q, DoubleVector.broadcast(S, Exponential.C0));
        LongVector scale = t.reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52).add(Exponential.EXPONENT_BIAS);
        return p.mul(scale.reinterpretAsDoubles());
    }
}
