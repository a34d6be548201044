package dev.zenneural.ml.loss;

/** Sums of masks, the denominators of the losses' averages. */
final class Masks {

    private Masks() {
    }

    /** The number of values that count: {@code n} without a mask, else the sum of its weights. */
    static double weight(float[] mask, int n) {
        if (mask == null) {
            return n;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += mask[i];
        }
        return sum;
    }
}
