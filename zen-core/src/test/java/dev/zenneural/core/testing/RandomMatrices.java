package dev.zenneural.core.testing;

import java.util.SplittableRandom;

/** Seeded random test data, shared by every module's tests through zen-core's test-jar. */
public final class RandomMatrices {

    private RandomMatrices() {
    }

    /** {@code size} values uniform in [-1, 1) from the given seed. */
    public static float[] uniform(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (random.nextDouble() * 2.0 - 1.0);
        }
        return values;
    }
}
