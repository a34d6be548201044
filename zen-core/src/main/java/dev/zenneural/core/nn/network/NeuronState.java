package dev.zenneural.core.nn.network;

import dev.zenneural.core.kernel.RowKernels;

/**
 * The values and steepened sums of every neuron of one network for one input row: the scratch a
 * forward pass writes and what training reads back. Not thread-safe: one per thread (or per call).
 * Neuron indices are FANN's, counted over all layers, bias neurons included.
 */
public final class NeuronState {

    private final float[] values;
    private final float[] sums;
    /** Scratch of the fast single-row pass ({@link RowForward}), made on its first use. */
    private float[] accumulator;
    private int[] indices;

    /** A state for networks of {@code totalNeurons} neurons. */
    public NeuronState(int totalNeurons) {
        if (totalNeurons < 0) {
            throw new IllegalArgumentException("totalNeurons must be >= 0, got " + totalNeurons);
        }
        this.values = new float[totalNeurons];
        this.sums = new float[totalNeurons];
    }

    /** The number of neurons this state has room for. */
    public int size() {
        return values.length;
    }

    /**
     * The neurons' outputs (1 for bias neurons); the live array, so that training can read it
     * without copying.
     */
    public float[] values() {
        return values;
    }

    /**
     * The neurons' steepened, clamped sums as libfann stores them (0 for neurons without inputs);
     * the live array.
     */
    public float[] sums() {
        return sums;
    }

    /**
     * A scratch array for partial sums, made on first use: {@link #size()} floats, padded to whole
     * vectors for the row kernels.
     */
    float[] accumulator() {
        float[] a = accumulator;
        if (a == null) {
            a = new float[RowKernels.stride(values.length)];
            accumulator = a;
        }
        return a;
    }

    /** A scratch array of {@link #size()} ints for neuron indices, made on first use. */
    int[] indices() {
        int[] a = indices;
        if (a == null) {
            a = new int[values.length];
            indices = a;
        }
        return a;
    }
}
