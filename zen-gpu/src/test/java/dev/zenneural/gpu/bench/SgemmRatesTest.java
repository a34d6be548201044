package dev.zenneural.gpu.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SgemmRatesTest {

    @Test
    void theDifferenceIsRelativeToTheLargestExpectedValue() {
        assertEquals(0.25, SgemmRates.relativeDifference(new float[] {4, -2}, new float[] {4, -1}));
        assertEquals(0.0, SgemmRates.relativeDifference(new float[] {1, 2}, new float[] {1, 2}));
    }

    @Test
    void aNaNNeverPassesTheCheck() {
        double diff = SgemmRates.relativeDifference(new float[] {1, 2}, new float[] {Float.NaN, 2});
        assertFalse(diff <= 1e-3, "NaN compares false: " + diff);
    }

    @Test
    void randomValuesAreSeededAndInRange() {
        float[] a = SgemmRates.random(3, 1000);
        assertArrayEquals(a, SgemmRates.random(3, 1000));
        for (float v : a) {
            assertFalse(v < -1 || v >= 1, "in [-1, 1): " + v);
        }
    }
}
