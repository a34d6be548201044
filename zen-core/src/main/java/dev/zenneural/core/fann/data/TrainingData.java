package dev.zenneural.core.fann.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Pairs of input and output vectors to train on, FANN's {@code fann_train_data}, immutable.
 *
 * <p>All inputs are one row-major {@code float[]} ({@code numPairs x numInputs}), all outputs
 * another: no object per pair, and a batch of pairs is a contiguous slice ready for the kernels.
 * Every value is finite. Operations that change data (scaling, shuffling, subsets, merging) return
 * a new instance.
 */
public final class TrainingData {

    private final int numPairs;
    private final int numInputs;
    private final int numOutputs;
    private final float[] inputs;
    private final float[] outputs;

    private TrainingData(int numPairs, int numInputs, int numOutputs, float[] inputs, float[] outputs) {
        this.numPairs = numPairs;
        this.numInputs = numInputs;
        this.numOutputs = numOutputs;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /**
     * Training data from row-major arrays (copied): pair {@code p}'s inputs are
     * {@code inputs[p * numInputs ..]}, its outputs {@code outputs[p * numOutputs ..]}.
     *
     * @throws IllegalArgumentException if the sizes disagree, there is no pair, or a value is not finite
     */
    public static TrainingData of(int numInputs, int numOutputs, float[] inputs, float[] outputs) {
        if (numInputs < 1 || numOutputs < 1) {
            throw new IllegalArgumentException("training data needs at least one input and one output per pair, got "
                    + numInputs + " inputs and " + numOutputs + " outputs");
        }
        if (inputs.length == 0 || inputs.length % numInputs != 0) {
            throw new IllegalArgumentException(inputs.length + " input values do not make whole pairs of "
                    + numInputs + " inputs");
        }
        int numPairs = inputs.length / numInputs;
        if ((long) numPairs * numOutputs != outputs.length) {
            throw new IllegalArgumentException(numPairs + " pairs of " + numOutputs + " outputs need "
                    + (long) numPairs * numOutputs + " output values, got " + outputs.length);
        }
        requireFinite(inputs, "inputs");
        requireFinite(outputs, "outputs");
        return new TrainingData(numPairs, numInputs, numOutputs, inputs.clone(), outputs.clone());
    }

    /** Takes the arrays without copying or checking: for callers in this package that built them. */
    static TrainingData adopt(int numPairs, int numInputs, int numOutputs, float[] inputs, float[] outputs) {
        return new TrainingData(numPairs, numInputs, numOutputs, inputs, outputs);
    }

    public int numPairs() {
        return numPairs;
    }

    public int numInputs() {
        return numInputs;
    }

    public int numOutputs() {
        return numOutputs;
    }

    /** Input {@code index} of pair {@code pair}. */
    public float input(int pair, int index) {
        return inputs[Objects.checkIndex(pair, numPairs) * numInputs + Objects.checkIndex(index, numInputs)];
    }

    /** Output {@code index} of pair {@code pair}. */
    public float output(int pair, int index) {
        return outputs[Objects.checkIndex(pair, numPairs) * numOutputs + Objects.checkIndex(index, numOutputs)];
    }

    /** A copy of all inputs, row-major. */
    public float[] inputs() {
        return inputs.clone();
    }

    /** A copy of all outputs, row-major. */
    public float[] outputs() {
        return outputs.clone();
    }

    /** All inputs, row-major, as a read-only view without copying. */
    public FloatBuffer inputBuffer() {
        return FloatBuffer.wrap(inputs).asReadOnlyBuffer();
    }

    /** All outputs, row-major, as a read-only view without copying. */
    public FloatBuffer outputBuffer() {
        return FloatBuffer.wrap(outputs).asReadOnlyBuffer();
    }

    /** Copies the inputs of pairs {@code [fromPair, fromPair + count)} to {@code dst} at {@code offset}. */
    public void copyInputs(int fromPair, int count, float[] dst, int offset) {
        Objects.checkFromIndexSize(fromPair, count, numPairs);
        System.arraycopy(inputs, fromPair * numInputs, dst, offset, count * numInputs);
    }

    /** Copies the outputs of pairs {@code [fromPair, fromPair + count)} to {@code dst} at {@code offset}. */
    public void copyOutputs(int fromPair, int count, float[] dst, int offset) {
        Objects.checkFromIndexSize(fromPair, count, numPairs);
        System.arraycopy(outputs, fromPair * numOutputs, dst, offset, count * numOutputs);
    }

    /**
     * The inputs rescaled linearly from their overall min and max onto {@code [newMin, newMax]},
     * as libfann's {@code fann_scale_input_train_data}.
     *
     * @throws IllegalArgumentException if the new range is not finite and increasing
     * @throws IllegalStateException if all inputs are equal (libfann would produce NaN)
     */
    public TrainingData scaleInputs(float newMin, float newMax) {
        return new TrainingData(numPairs, numInputs, numOutputs, FannScaling.scale(inputs, newMin, newMax, "inputs"),
                outputs);
    }

    /** The outputs rescaled as {@link #scaleInputs} does the inputs ({@code fann_scale_output_train_data}). */
    public TrainingData scaleOutputs(float newMin, float newMax) {
        return new TrainingData(numPairs, numInputs, numOutputs, inputs,
                FannScaling.scale(outputs, newMin, newMax, "outputs"));
    }

    /**
     * Inputs and outputs each rescaled onto {@code [newMin, newMax]}, each from its own min and max
     * ({@code fann_scale_train_data}).
     */
    public TrainingData scale(float newMin, float newMax) {
        return new TrainingData(numPairs, numInputs, numOutputs, FannScaling.scale(inputs, newMin, newMax, "inputs"),
                FannScaling.scale(outputs, newMin, newMax, "outputs"));
    }

    /**
     * The pairs in an order drawn from {@code random} (Fisher-Yates, each order equally likely;
     * libfann's own shuffle is biased and tied to C's {@code rand}, so its orders cannot be matched).
     */
    public TrainingData shuffle(RandomGenerator random) {
        int[] order = shuffledOrder(numPairs, random);
        float[] newInputs = new float[inputs.length];
        float[] newOutputs = new float[outputs.length];
        for (int i = 0; i < numPairs; i++) {
            System.arraycopy(inputs, order[i] * numInputs, newInputs, i * numInputs, numInputs);
            System.arraycopy(outputs, order[i] * numOutputs, newOutputs, i * numOutputs, numOutputs);
        }
        return new TrainingData(numPairs, numInputs, numOutputs, newInputs, newOutputs);
    }

    /**
     * The order {@link #shuffle(RandomGenerator)} puts {@code numPairs} pairs in: pair {@code
     * order[i]} goes to place {@code i}. The same draws from {@code random}, so code that moves
     * the pairs elsewhere (onto a device) can follow the same orders.
     */
    public static int[] shuffledOrder(int numPairs, RandomGenerator random) {
        int[] order = new int[numPairs];
        for (int i = 0; i < numPairs; i++) {
            order[i] = i;
        }
        for (int i = numPairs - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * The pairs shuffled with a {@link Random} seeded with {@code seed}: the same order for the same
     * seed on every JVM, since {@code Random}'s algorithm is specified.
     */
    public TrainingData shuffle(long seed) {
        return shuffle(new Random(seed));
    }

    /**
     * Pairs {@code [pos, pos + length)}, as libfann's {@code fann_subset_train_data}.
     *
     * @throws IndexOutOfBoundsException if they are not all there, or {@code length} is below 1
     */
    public TrainingData subset(int pos, int length) {
        if (length < 1 || pos < 0 || pos > numPairs - length) {
            throw new IndexOutOfBoundsException("a subset of " + length + " pairs from pair " + pos
                    + " does not fit in training data of " + numPairs + " pairs");
        }
        return new TrainingData(length, numInputs, numOutputs,
                Arrays.copyOfRange(inputs, pos * numInputs, (pos + length) * numInputs),
                Arrays.copyOfRange(outputs, pos * numOutputs, (pos + length) * numOutputs));
    }

    /**
     * These pairs followed by {@code other}'s, as libfann's {@code fann_merge_train_data}.
     *
     * @throws IllegalArgumentException if the pairs differ in shape or the result would not fit
     */
    public TrainingData merge(TrainingData other) {
        if (other.numInputs != numInputs || other.numOutputs != numOutputs) {
            throw new IllegalArgumentException("cannot merge training data of " + numInputs + " inputs and "
                    + numOutputs + " outputs per pair with training data of " + other.numInputs + " inputs and "
                    + other.numOutputs + " outputs");
        }
        long total = (long) inputs.length + other.inputs.length;
        long totalOutputs = (long) outputs.length + other.outputs.length;
        if (total > GrowableFloats.MAX_LENGTH || totalOutputs > GrowableFloats.MAX_LENGTH) {
            throw new IllegalArgumentException("merged training data of " + ((long) numPairs + other.numPairs)
                    + " pairs would hold more values than one Java array can");
        }
        float[] newInputs = Arrays.copyOf(inputs, (int) total);
        System.arraycopy(other.inputs, 0, newInputs, inputs.length, other.inputs.length);
        float[] newOutputs = Arrays.copyOf(outputs, (int) totalOutputs);
        System.arraycopy(other.outputs, 0, newOutputs, outputs.length, other.outputs.length);
        return new TrainingData(numPairs + other.numPairs, numInputs, numOutputs, newInputs, newOutputs);
    }

    /** Equal when shapes and every value's bits are equal (so -0 differs from 0). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingData other && numInputs == other.numInputs && numOutputs == other.numOutputs
                && Arrays.equals(inputs, other.inputs) && Arrays.equals(outputs, other.outputs);
    }

    @Override
    public int hashCode() {
        int hash = 31 * numInputs + numOutputs;
        hash = 31 * hash + Arrays.hashCode(inputs);
        return 31 * hash + Arrays.hashCode(outputs);
    }

    @Override
    public String toString() {
        return "TrainingData[" + numPairs + " pairs, " + numInputs + " inputs, " + numOutputs + " outputs]";
    }

    private static void requireFinite(float[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is " + values[i]
                        + "; training data must be finite");
            }
        }
    }
}
