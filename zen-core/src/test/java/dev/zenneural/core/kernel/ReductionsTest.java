package dev.zenneural.core.kernel;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReductionsTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "1,9", "3,1", "4,4", "5,7", "9,33", "256,32", "7,1023", "6,1024", "5,1025", "11,2100"})
    void columnSumsFollowRowOrder(int m, int n) {
        int lda = n + 2;
        float[] a = RandomMatrices.uniform(m * 13L + n, 3 + m * lda);
        float[] y = RandomMatrices.uniform(m + 5L * n, 1 + n + 2);
        float[] exact = y.clone();
        float[] close = y.clone();
        for (int j = 0; j < n; j++) {
            float s = 0f;
            double d = 0;
            for (int i = 0; i < m; i++) {
                s += a[3 + i * lda + j];
                d += a[3 + i * lda + j];
            }
            exact[1 + j] = Math.fma(-1.5f, s, 0.25f * y[1 + j]);
            close[1 + j] = (float) (-1.5 * d + 0.25 * y[1 + j]);
        }
        Reductions.columnSums(m, n, -1.5f, a, 3, lda, 0.25f, y, 1);
        assertArrayEquals(exact, y, "y against the documented order");
        assertClose(close, y, sumTolerance(m), "y against the double-precision loop");
    }

    @Test
    void biasGradientOfABatch() {
        float[] deltas = {1, 2, 3, 4, 5, 6};
        float[] grad = {Float.NaN, Float.NaN, Float.NaN};
        Reductions.columnSums(2, 3, 1f, deltas, 0, 3, 0f, grad, 0);
        assertArrayEquals(new float[] {5, 7, 9}, grad);
        Reductions.columnSums(2, 3, 1f, deltas, 0, 3, 1f, grad, 0);
        assertArrayEquals(new float[] {10, 14, 18}, grad);
        Reductions.columnSums(0, 3, 1f, new float[0], 0, 3, 0.5f, grad, 0);
        assertArrayEquals(new float[] {5, 7, 9}, grad);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reductions.columnSums(2, -3, 1f, new float[6], 0, 3, 0f, new float[3], 0));
        assertEquals("negative size: m=2, n=-3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Reductions.columnSums(2, 3, 1f, new float[6], 0, 3, 0f, new float[3], 1));
        assertEquals("y (3 values, offset 1) needs 4 values but its array has 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Reductions.columnSums(2, 3, 1f, new float[5], 0, 3, 0f, new float[3], 0));
        assertEquals("A (2x3, offset 0, stride 3) needs 6 values but its array has 5", e.getMessage());
    }
}
