package dev.zenneural.core.kernel;

/**
 * The per-row work of pair-by-pair training on a dense layer whose weights are held one row per
 * source neuron: {@code w[i * stride + j]} is the weight from source {@code i} to neuron {@code j},
 * for {@code j < count <= stride}. Every lane {@code j} follows its own neuron's order of operations,
 * libfann's, so an implementation changes speed, never a bit (the vector kernel is tested against
 * the plain one).
 *
 * <p>The vector kernel reads and writes whole vectors: rows are padded to a multiple of
 * {@link RowKernels#stride(int)}'s lanes, and every array it writes must have room for
 * {@code count} rounded up to that stride. Padding lanes hold what their zero weights and errors
 * make of them and are never read back as results.
 */
public interface RowKernel {

    /** A name for logs and benchmark labels: {@code scalar} or {@code vector}. */
    String name();

    /**
     * libfann's weighted sums of {@code count} neurons over {@code k} sources, {@code x[src + i]}:
     * into {@code acc[j]}, from 0, the first {@code k % 4} terms one by one from the highest source
     * down, then the rest in groups of four, each group summed before it is added.
     */
    void sums(float[] w, int stride, int k, float[] x, int src, float[] acc, int count);

    /**
     * {@link #sums}, each then steepened and clamped as libfann does for a layer that shares
     * {@code steepness}: {@code steepness * sum}, limited to {@code +-150 / steepness}, a NaN kept
     * (the bits of {@code ActivationFunction.steepenedSum}).
     */
    void steepenedSums(float[] w, int stride, int k, float[] x, int src, float steepness, float[] acc, int count);

    /**
     * {@code acc[j] += w[i * stride + j] * x[src + i]} for every row {@code i < k} in turn: each
     * lane adds its terms in row order (backpropagation's sum of errors, on weights held one row
     * per neuron of the layer above).
     */
    void accumulate(float[] w, int stride, int k, float[] x, int src, float[] acc, int count);

    /**
     * Backpropagation through a layer of FANN's sigmoids that share {@code steepness}: each of the
     * {@code count} errors from {@code from} times its neuron's derivative, libfann's:
     * {@code errors[from + j] *= 2 * steepness * v * (1 - v)} with the value {@code values[from + j]}
     * clipped to {@code [0.01, 0.99]} for the sigmoid, {@code steepness * (1 - v * v)} with it clipped
     * to {@code [-0.98, 0.98]} for the {@code symmetric} one; a NaN value is not clipped
     * ({@link Sigmoids#derivative}, {@link Sigmoids#symmetricDerivative}). Unlike the other methods
     * this touches exactly the {@code count} errors, no padding: the errors that follow them are the
     * layer's bias neuron's and the next layer's.
     */
    void sigmoidDerivatives(float[] values, float[] errors, int from, int count, float steepness, boolean symmetric);

    /** Plain backpropagation's step: {@code w[i * stride + j] += errors[j] * x[src + i]}. */
    void step(float[] w, int stride, int k, float[] x, int src, float[] errors, int count);

    /**
     * The step with momentum: {@code delta = errors[j] * x[src + i] + momentum * moves[..]}, added to
     * the weight and kept in {@code moves}, laid out as {@code w}.
     */
    void step(float[] w, float[] moves, int stride, int k, float[] x, int src, float[] errors, int count,
            float momentum);
}
