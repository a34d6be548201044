package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowKernel} on the Vector API: one vector of neurons at a time, its running sums (or its
 * errors) held in a register across all the layer's rows. A layer of 16 neurons is one AVX-512
 * vector, a width at which C2's SuperWord loops spent their time in scalar pre- and post-loops.
 * Products and sums are separate operations, never fused, as in the scalar kernel, so every lane has
 * {@link ScalarRows}' bits (tested).
 *
 * <p>Compiled with {@code --add-modules jdk.incubator.vector} from its own source root; loaded by
 * {@link RowKernels} only when the running JVM resolved that module.
 */
final class VectorRows implements RowKernel {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Whether this JVM's vectors hold enough floats for this to beat the plain loops. */
    static boolean worthwhile() {
        return L >= 8;
    }

    /** Floats per vector: {@link RowKernels#stride(int)} pads rows to a multiple of it. */
    static int lanes() {
        return L;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void sums(float[] w, int stride, int k, float[] x, int src, float[] acc, int count) {
        for (int c = 0; c < count; c += L) {
            FloatVector a = FloatVector.zero(S);
            int i = k & 3;
            for (int t = i - 1; t >= 0; t--) {
                a = a.add(FloatVector.fromArray(S, w, t * stride + c).mul(x[src + t]));
            }
            for (; i != k; i += 4) {
                int o = i * stride + c;
                FloatVector group = FloatVector.fromArray(S, w, o).mul(x[src + i])
                        .add(FloatVector.fromArray(S, w, o + stride).mul(x[src + i + 1]))
                        .add(FloatVector.fromArray(S, w, o + 2 * stride).mul(x[src + i + 2]))
                        .add(FloatVector.fromArray(S, w, o + 3 * stride).mul(x[src + i + 3]));
                a = a.add(group);
            }
            a.intoArray(acc, c);
        }
    }

    /**
     * {@link #sums}, then a second pass over the vectors of sums: with both in one method C2 did not
     * inline every Vector API call and boxed the vectors, at ten times the cost.
     */
    @Override
    public void steepenedSums(float[] w, int stride, int k, float[] x, int src, float steepness, float[] acc,
            int count) {
        sums(w, stride, k, x, src, acc, count);
        float maxSum = 150 / steepness;
        for (int c = 0; c < count; c += L) {
            FloatVector s = FloatVector.fromArray(S, acc, c).mul(steepness);
            // The scalar ternaries as masks, the first test winning: a NaN fails both and stays.
            VectorMask<Float> above = s.compare(VectorOperators.GT, maxSum);
            VectorMask<Float> below = s.compare(VectorOperators.LT, -maxSum);
            s.blend(-maxSum, below).blend(maxSum, above).intoArray(acc, c);
        }
    }

    @Override
    public void accumulate(float[] w, int stride, int k, float[] x, int src, float[] acc, int count) {
        for (int c = 0; c < count; c += L) {
            FloatVector a = FloatVector.fromArray(S, acc, c);
            for (int i = 0; i < k; i++) {
                a = a.add(FloatVector.fromArray(S, w, i * stride + c).mul(x[src + i]));
            }
            a.intoArray(acc, c);
        }
    }

    /**
     * Whole vectors while they fit in the layer, then the plain loop: the errors after the layer's
     * (its bias neuron's, then the next layer's) must not change. {@link Sigmoids}' formulas, the
     * clip as masks.
     */
    @Override
    public void sigmoidDerivatives(float[] values, float[] errors, int from, int count, float steepness,
            boolean symmetric) {
        int c = 0;
        if (symmetric) {
            for (; c + L <= count; c += L) {
                FloatVector v = clip(FloatVector.fromArray(S, values, from + c), -0.98f, 0.98f);
                FloatVector derivative = v.mul(v).neg().add(1.0f).mul(steepness);
                FloatVector.fromArray(S, errors, from + c).mul(derivative).intoArray(errors, from + c);
            }
        } else {
            float twice = 2.0f * steepness;
            for (; c + L <= count; c += L) {
                FloatVector v = clip(FloatVector.fromArray(S, values, from + c), 0.01f, 0.99f);
                FloatVector derivative = v.mul(twice).mul(v.neg().add(1.0f));
                FloatVector.fromArray(S, errors, from + c).mul(derivative).intoArray(errors, from + c);
            }
        }
        ScalarRows.plainDerivatives(values, errors, from + c, from + count, steepness, symmetric);
    }

    /** libfann's clip as masks, the low test winning: a NaN fails both and stays. */
    private static FloatVector clip(FloatVector v, float lo, float hi) {
        VectorMask<Float> below = v.compare(VectorOperators.LT, lo);
        VectorMask<Float> above = v.compare(VectorOperators.GT, hi);
        return v.blend(hi, above).blend(lo, below);
    }

    @Override
    public void step(float[] w, int stride, int k, float[] x, int src, float[] errors, int count) {
        for (int c = 0; c < count; c += L) {
            FloatVector e = FloatVector.fromArray(S, errors, c);
            for (int i = 0; i < k; i++) {
                int o = i * stride + c;
                FloatVector.fromArray(S, w, o).add(e.mul(x[src + i])).intoArray(w, o);
            }
        }
    }

    @Override
    public void step(float[] w, float[] moves, int stride, int k, float[] x, int src, float[] errors, int count,
            float momentum) {
        for (int c = 0; c < count; c += L) {
            FloatVector e = FloatVector.fromArray(S, errors, c);
            for (int i = 0; i < k; i++) {
                int o = i * stride + c;
                FloatVector delta = e.mul(x[src + i]).add(FloatVector.fromArray(S, moves, o).mul(momentum));
                FloatVector.fromArray(S, w, o).add(delta).intoArray(w, o);
                delta.intoArray(moves, o);
            }
        }
    }
}
