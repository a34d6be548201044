package dev.zenneural.core.fann.data;

import java.util.Arrays;

/**
 * A float array that grows as values arrive, so that a header's counts decide nothing about how
 * much memory is taken before the values are really there.
 */
final class GrowableFloats {

    /** The most elements a Java array can be relied on to hold. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private float[] values;
    private int size;

    GrowableFloats(int initialCapacity) {
        values = new float[Math.max(1, Math.min(initialCapacity, MAX_LENGTH))];
    }

    /** Appends a value; false, and nothing appended, if the array is at {@link #MAX_LENGTH}. */
    boolean add(float value) {
        if (size == values.length) {
            if (size == MAX_LENGTH) {
                return false;
            }
            values = Arrays.copyOf(values, (int) Math.min((long) size * 2, MAX_LENGTH));
        }
        values[size++] = value;
        return true;
    }

    int size() {
        return size;
    }

    /** The values, in an array of exactly {@link #size()} (the backing one when it fits). */
    float[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
