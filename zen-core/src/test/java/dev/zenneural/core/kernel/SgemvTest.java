package dev.zenneural.core.kernel;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.testing.RandomMatrices;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SgemvTest {

    /** Shapes across the unrolling (8 partial sums, 4 rows a pass) and the scratch rows. */
    static Stream<Arguments> shapes() {
        Stream.Builder<Arguments> all = Stream.builder();
        int[][] fixed = {{1, 1}, {1, 9}, {9, 1}, {3, 5}, {4, 8}, {5, 17}, {33, 100}, {7, Chunks.SIZE + 3},
            {Chunks.SIZE + 1, 6}, {13, 2 * Chunks.SIZE}};
        for (int[] s : fixed) {
            all.add(Arguments.of(s[0], s[1], false));
            all.add(Arguments.of(s[0], s[1], true));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}x{1} transA={2}")
    @MethodSource("shapes")
    void matchesTheDocumentedOrderAndTheDoubleLoop(int m, int n, boolean transA) {
        int lda = n + 3;
        int xLen = transA ? m : n;
        int yLen = transA ? n : m;
        float[] a = RandomMatrices.uniform(m * 31L + n, 5 + m * lda);
        float[] x = RandomMatrices.uniform(m + 7L * n, 2 + xLen);
        float[] y = RandomMatrices.uniform(m + 11L * n, 4 + yLen);
        float alpha = 0.75f;
        float beta = -0.5f;
        float[] exact = y.clone();
        float[] close = y.clone();
        for (int r = 0; r < yLen; r++) {
            float s = 0f;
            double d = 0;
            if (!transA) {
                s = VectorOpsTest.documentedDot(n, a, 5 + r * lda, x, 2);
                for (int j = 0; j < n; j++) {
                    d += (double) a[5 + r * lda + j] * x[2 + j];
                }
            } else {
                for (int i = 0; i < m; i++) {
                    s = Math.fma(x[2 + i], a[5 + i * lda + r], s);
                    d += (double) x[2 + i] * a[5 + i * lda + r];
                }
            }
            exact[4 + r] = Math.fma(alpha, s, beta * y[4 + r]);
            close[4 + r] = (float) (alpha * d + (double) beta * y[4 + r]);
        }
        Sgemv.gemv(transA, m, n, alpha, a, 5, lda, x, 2, beta, y, 4);
        assertArrayEquals(exact, y, "y against the documented order");
        assertClose(close, y, sumTolerance(transA ? m : n), "y against the double-precision loop");
    }

    @Test
    void betaZeroOverwritesNaNAndEmptySumsOnlyScale() {
        float[] y = {Float.NaN, Float.NaN};
        Sgemv.gemv(false, 2, 2, 1f, new float[] {1, 2, 3, 4}, 0, 2, new float[] {1, 1}, 0, 0f, y, 0);
        assertArrayEquals(new float[] {3, 7}, y);
        float[] z = {1, 2, 3};
        Sgemv.gemv(true, 0, 3, 1f, new float[0], 0, 3, new float[0], 0, 2f, z, 0);
        assertArrayEquals(new float[] {2, 4, 6}, z);
        Sgemv.gemv(false, 3, 0, 1f, new float[0], 0, 1, new float[0], 0, 0.5f, z, 0);
        assertArrayEquals(new float[] {1, 2, 3}, z);
    }

    @Test
    void leavesValuesOutsideTheVectorsAlone() {
        float[] y = {9, 9, 9, 9, 9};
        Sgemv.gemv(true, 2, 3, 1f, new float[] {1, 2, 3, 4, 5, 6}, 0, 3, new float[] {1, 1}, 0, 0f, y, 1);
        assertArrayEquals(new float[] {9, 5, 7, 9, 9}, y);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sgemv.gemv(false, -1, 2, 1f, new float[4], 0, 2, new float[2], 0, 0f, new float[2], 0));
        assertEquals("negative size: m=-1, n=2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Sgemv.gemv(false, 2, 3, 1f, new float[6], 0, 2, new float[3], 0, 0f, new float[2], 0));
        assertEquals("leading dimension of A is 2 but its rows hold 3 values", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Sgemv.gemv(true, 2, 3, 1f, new float[6], 0, 3, new float[3], 0, 0f, new float[2], 0));
        assertEquals("y (3 values, offset 0) needs 3 values but its array has 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Sgemv.gemv(false, 2, 3, 1f, new float[6], 1, 3, new float[3], 0, 0f, new float[2], 0));
        assertTrue(e.getMessage().startsWith("A (2x3, offset 1, stride 3) needs 7 values"), e.getMessage());
    }
}
