package dev.zenneural.core.kernel;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VectorOpsTest {

    /** Sizes around the unrolling (8) and the scratch rows ({@link Chunks#SIZE}). */
    static final int[] SIZES = {0, 1, 7, 8, 9, 15, 17, 100, Chunks.SIZE - 1, Chunks.SIZE, Chunks.SIZE + 1,
        3 * Chunks.SIZE + 5};

    @Test
    void axpyIsOneFmaPerElementAtAnyOffsets() {
        for (int n : SIZES) {
            for (int[] offsets : new int[][] {{0, 0}, {3, 3}, {0, 5}, {7, 2}}) {
                float[] x = RandomMatrices.uniform(n, offsets[0] + n + 4);
                float[] y = RandomMatrices.uniform(n + 1, offsets[1] + n + 4);
                float[] expected = y.clone();
                for (int i = 0; i < n; i++) {
                    expected[offsets[1] + i] = Math.fma(-0.7f, x[offsets[0] + i], y[offsets[1] + i]);
                }
                VectorOps.axpy(n, -0.7f, x, offsets[0], y, offsets[1]);
                assertArrayEquals(expected, y, "n=" + n + " offsets " + offsets[0] + "," + offsets[1]);
            }
        }
    }

    @Test
    void axpyOnTheSameRangeDoublesWithAlphaOne() {
        float[] x = {1, 2, 3, 4, 5};
        VectorOps.axpy(3, 1f, x, 1, x, 1);
        assertArrayEquals(new float[] {1, 4, 6, 8, 5}, x);
    }

    @Test
    void axpyWithAlphaZeroLeavesYAlone() {
        float[] y = {Float.NaN, 1};
        VectorOps.axpy(2, 0f, new float[] {Float.POSITIVE_INFINITY, 1}, 0, y, 0);
        assertArrayEquals(new float[] {Float.NaN, 1}, y);
    }

    @Test
    void scalMultipliesOnlyItsRange() {
        float[] x = {1, 2, 3, 4, 5};
        VectorOps.scal(3, -2f, x, 1);
        assertArrayEquals(new float[] {1, -4, -6, -8, 5}, x);
        for (int n : SIZES) {
            float[] v = RandomMatrices.uniform(n, n + 3);
            float[] expected = v.clone();
            for (int i = 0; i < n; i++) {
                expected[2 + i] = 0.3f * v[2 + i];
            }
            if (n + 2 <= v.length) {
                VectorOps.scal(n, 0.3f, v, 2);
                assertArrayEquals(expected, v, "n=" + n);
            }
        }
    }

    /** The order {@link VectorOps#dot} documents, written out plainly. */
    static float documentedDot(int n, float[] x, int xOff, float[] y, int yOff) {
        float[] s = new float[8];
        for (int i = 0; i < n; i++) {
            s[i % 8] = Math.fma(x[xOff + i], y[yOff + i], s[i % 8]);
        }
        return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
    }

    @Test
    void dotFollowsTheDocumentedOrder() {
        for (int n : SIZES) {
            float[] x = RandomMatrices.uniform(2 * n, n + 9);
            float[] y = RandomMatrices.uniform(2 * n + 1, n + 9);
            float expected = documentedDot(n, x, 4, y, 1);
            float actual = VectorOps.dot(n, x, 4, y, 1);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual), "n=" + n);
            double exact = 0;
            for (int i = 0; i < n; i++) {
                exact += (double) x[4 + i] * y[1 + i];
            }
            assertClose(new float[] {(float) exact}, new float[] {actual}, sumTolerance(n), "n=" + n);
        }
    }

    @Test
    void sumOfSquaresIsTheDotOfAVectorWithItself() {
        for (int n : SIZES) {
            float[] x = RandomMatrices.uniform(3 * n, n + 5);
            float expected = VectorOps.dot(n, x, 5, x, 5);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(VectorOps.sumOfSquares(n, x, 5)),
                    "n=" + n);
        }
        assertEquals(25f, VectorOps.sumOfSquares(2, new float[] {3, 4}, 0));
        assertEquals(0f, VectorOps.sumOfSquares(0, new float[0], 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void rejectsVectorsOutsideTheirArrays(int offset) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VectorOps.dot(3, new float[6], offset, new float[3], 0));
        assertEquals("x (3 values, offset " + offset + ") needs " + (offset + 3)
                + " values but its array has 6", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> VectorOps.axpy(3, 1f, new float[3], 0, new float[6], offset));
        assertEquals("y (3 values, offset " + offset + ") needs " + (offset + 3)
                + " values but its array has 6", e.getMessage());
    }

    @Test
    void rejectsNegativeSizesAndNullArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VectorOps.scal(-2, 1f, new float[3], 0));
        assertEquals("negative size: n=-2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VectorOps.sumOfSquares(1, null, 0));
        assertEquals("x is null", e.getMessage());
    }
}
