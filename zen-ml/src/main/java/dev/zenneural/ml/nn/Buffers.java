package dev.zenneural.ml.nn;

/** Scratch arrays that grow to the largest batch seen and are then reused. */
final class Buffers {

    private Buffers() {
    }

    /** {@code current} if it holds {@code size} floats, else a new array of that size. */
    static float[] atLeast(float[] current, int size) {
        return current != null && current.length >= size ? current : new float[size];
    }
}
