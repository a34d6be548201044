package dev.zenneural.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Element-wise comparison of float results with a tolerance scaled to the size of a sum. */
public final class FloatAsserts {

    private FloatAsserts() {
    }

    /**
     * Fails at the first index where {@code |expected - actual| > tolerance * (1 + |expected|)},
     * naming the index and both values.
     */
    public static void assertClose(float[] expected, float[] actual, double tolerance, String what) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            double diff = Math.abs((double) expected[i] - actual[i]);
            if (!(diff <= tolerance * (1 + Math.abs(expected[i])))) {
                fail(what + ": at index " + i + " expected " + expected[i] + " but got " + actual[i]
                        + " (tolerance " + tolerance + ")");
            }
        }
    }

    /** A tolerance for float sums of {@code k} products of values in [-1, 1]. */
    public static double sumTolerance(int k) {
        return 1e-6 * Math.max(8, Math.sqrt(k) * 8);
    }
}
