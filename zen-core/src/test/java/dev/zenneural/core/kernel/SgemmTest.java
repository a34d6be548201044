package dev.zenneural.core.kernel;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.testing.GemmCases;
import dev.zenneural.core.testing.NaiveGemm;
import dev.zenneural.core.testing.RandomMatrices;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SgemmTest {

    /** Shapes that cross every block edge (MC, KC, NC) and the degenerate 1 x N cases. */
    static Stream<Arguments> shapes() {
        int[][] fixed = {
            {1, 1, 1}, {1, 7, 1}, {7, 1, 1}, {1, 1, 9}, {1, 300, 5}, {300, 1, 5}, {3, 5, 1},
            {4, 4, 4}, {5, 3, 2}, {SuperWordProduct.MC + 1, 13, SuperWordProduct.KC + 3},
            {17, SuperWordProduct.NC + 5, 9}, {65, 33, 257},
            // Computed as C^T (narrow C): across the row, block and kernel edges of that orientation.
            {SuperWordProduct.TRANSPOSE_BELOW_N + 1, SuperWordProduct.TRANSPOSE_BELOW_N - 1, 5}, {SuperWordProduct.NC + 7, 6, 3},
            {70, 2, 33}, {SuperWordProduct.TRANSPOSE_BELOW_N, SuperWordProduct.TRANSPOSE_BELOW_N, 7}, {9, 7, 2 * SuperWordProduct.KC + 1},
            // Short C: dot products where A is row-major and B stored transposed, the panel product otherwise.
            {2, 33, 256}, {7, 8, 3}, {1, 64, 40}, {5, 300, 17},
        };
        return GemmCases.of(fixed, 24, 42, 90, 300);
    }

    @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
    @MethodSource("shapes")
    void matchesNaiveReference(int m, int n, int k, boolean transA, boolean transB) {
        long seed = 31L * m + 17L * n + k + (transA ? 1000 : 0) + (transB ? 2000 : 0);
        // Strides wider than the rows and offsets into the arrays, as BLAS callers use them.
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        int lda = aCols + 3;
        int ldb = bCols + 1;
        int ldc = n + 2;
        float[] a = RandomMatrices.uniform(seed, 5 + aRows * lda);
        float[] b = RandomMatrices.uniform(seed + 1, 2 + bRows * ldb);
        float[] c = RandomMatrices.uniform(seed + 2, 4 + m * ldc);
        float[] expected = c.clone();
        NaiveGemm.gemm(transA, transB, m, n, k, 0.75f, a, 5, lda, b, 2, ldb, -0.5f, expected, 4, ldc);
        float[] exact = c.clone();
        NaiveGemm.sgemmOrder(transA, transB, m, n, k, 0.75f, a, 5, lda, b, 2, ldb, -0.5f, exact, 4, ldc);
        Sgemm.gemm(transA, transB, m, n, k, 0.75f, a, 5, lda, b, 2, ldb, -0.5f, c, 4, ldc);
        assertClose(expected, c, sumTolerance(k), "C against the double-precision loop");
        // The documented order, to the bit, whatever the blocking, kernel and orientation.
        assertArrayEquals(exact, c, "C against the documented order");
    }

    @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
    @MethodSource("shapes")
    void betaOneAndAlphaOneFollowTheDocumentedOrder(int m, int n, int k, boolean transA, boolean transB) {
        long seed = 7L * m + 3L * n + k;
        float[] a = RandomMatrices.uniform(seed, m * k);
        float[] b = RandomMatrices.uniform(seed + 1, k * n);
        float[] c = RandomMatrices.uniform(seed + 2, m * n);
        float[] exact = c.clone();
        NaiveGemm.sgemmOrder(transA, transB, m, n, k, 1f, a, 0, transA ? m : k, b, 0, transB ? k : n, 1f, exact, 0, n);
        Sgemm.gemm(transA, transB, m, n, k, 1f, a, 0, transA ? m : k, b, 0, transB ? k : n, 1f, c, 0, n);
        assertArrayEquals(exact, c);
    }

    @Test
    void betaZeroOverwritesNaN() {
        float[] a = {1, 2, 3, 4};
        float[] b = {5, 6, 7, 8};
        float[] c = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        Sgemm.gemm(false, false, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2);
        assertClose(new float[] {19, 22, 43, 50}, c, 0, "C");
    }

    @Test
    void zeroDepthOnlyScalesC() {
        float[] c = {1, 2, 3, 4, 5, 6};
        Sgemm.gemm(false, false, 2, 3, 0, 1f, new float[0], 0, 1, new float[0], 0, 3, 2f, c, 0, 3);
        assertClose(new float[] {2, 4, 6, 8, 10, 12}, c, 0, "C");
    }

    @Test
    void leavesValuesOutsideTheBlockAlone() {
        float[] a = RandomMatrices.uniform(1, 9);
        float[] b = RandomMatrices.uniform(2, 9);
        float[] c = new float[20];
        java.util.Arrays.fill(c, 7f);
        Sgemm.gemm(false, false, 3, 3, 3, 1f, a, 0, 3, b, 0, 3, 0f, c, 1, 5);
        // Row stride 5 with 3 columns from offset 1: indices 0, 4, 5, 9, 10, 14.. stay untouched.
        for (int index : new int[] {0, 4, 5, 9, 10, 14, 15, 16, 17, 18, 19}) {
            assertEquals(7f, c[index], "index " + index);
        }
    }

    @Test
    void rejectsArraysTooShortForTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(false, false, 3, 3, 3, 1f, new float[8], 0, 3, new float[9], 0, 3, 0f,
                        new float[9], 0, 3));
        assertTrue(e.getMessage().startsWith("A (3x3, offset 0, stride 3) needs 9 values"), e.getMessage());
    }

    @Test
    void rejectsStrideNarrowerThanRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(false, false, 2, 4, 2, 1f, new float[4], 0, 2, new float[8], 0, 3, 0f,
                        new float[8], 0, 4));
        assertEquals("leading dimension of B is 3 but its rows hold 4 values", e.getMessage());
    }

    @Test
    void resultDoesNotDependOnScratchHistory() {
        float[] a = RandomMatrices.uniform(3, 40 * 300);
        float[] b = RandomMatrices.uniform(4, 300 * 30);
        float[] first = new float[40 * 30];
        Sgemm.gemm(false, false, 40, 30, 300, 1f, a, 0, 300, b, 0, 30, 0f, first, 0, 30);
        float[] big = RandomMatrices.uniform(5, 600 * 600);
        Sgemm.gemm(false, false, 600, 600, 600, 1f, big, 0, 600, big, 0, 600, 0f, new float[600 * 600], 0, 600);
        float[] again = new float[40 * 30];
        Sgemm.gemm(false, false, 40, 30, 300, 1f, a, 0, 300, b, 0, 30, 0f, again, 0, 30);
        assertClose(first, again, 0, "C after a larger product");
    }

    @Test
    void alphaZeroOnlyScalesC() {
        float[] c = {1, 2, 3, 4};
        float[] nan = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        Sgemm.gemm(false, false, 2, 2, 2, 0f, nan, 0, 2, nan, 0, 2, 3f, c, 0, 2);
        assertClose(new float[] {3, 6, 9, 12}, c, 0, "C");
    }

    @Test
    void zeroSizesTouchNothing() {
        float[] c = {1, 2, 3};
        Sgemm.gemm(false, false, 0, 3, 4, 1f, new float[0], 0, 4, new float[12], 0, 3, 0f, c, 0, 3);
        Sgemm.gemm(true, true, 3, 0, 4, 1f, new float[12], 0, 3, new float[0], 0, 4, 0f, c, 0, 1);
        assertClose(new float[] {1, 2, 3}, c, 0, "C");
    }

    @Test
    void rejectsNegativeSizesAndOffsets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(false, false, 2, -1, 2, 1f, new float[4], 0, 2, new float[4], 0, 2, 0f,
                        new float[4], 0, 2));
        assertEquals("negative size: m=2, n=-1, k=2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(false, false, 2, 2, 2, 1f, new float[4], 0, 2, new float[4], 0, 2, 0f,
                        new float[8], -1, 2));
        assertTrue(e.getMessage().startsWith("C (2x2, offset -1, stride 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(false, false, 2, 2, 2, 1f, null, 0, 2, new float[4], 0, 2, 0f, new float[4], 0, 2));
        assertEquals("A is null", e.getMessage());
    }

    @Test
    void superWordComputesNarrowProductsTransposed() {
        assertTrue(PanelProducts.superWord().transposed(256, 2));
        assertTrue(PanelProducts.superWord().transposed(256, 32));
        assertTrue(!PanelProducts.superWord().transposed(2, 256));
        assertTrue(!PanelProducts.superWord().transposed(512, 512));
    }

    @Test
    void transposedOrientationIsBitIdenticalForAnyThreadCount() {
        int m = 203;
        int n = 9;
        int k = 77;
        float[] a = RandomMatrices.uniform(21, m * k);
        float[] b = RandomMatrices.uniform(22, k * n);
        float[] single = new float[m * n];
        Sgemm.gemmRows(PanelProducts.superWord(), 1, true, false, m, n, k, 0.3f, a, 0, m, b, 0, n, single, 0, n);
        for (int threads : new int[] {2, 3, 9}) {
            float[] split = new float[m * n];
            Sgemm.gemmRows(PanelProducts.superWord(), threads, true, false, m, n, k, 0.3f, a, 0, m, b, 0, n, split,
                    0, n);
            assertArrayEquals(single, split, threads + " threads");
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        int m = 97;
        int n = 70;
        int k = 300;
        float[] a = RandomMatrices.uniform(11, m * k);
        float[] b = RandomMatrices.uniform(12, k * n);
        float[] single = new float[m * n];
        Sgemm.gemmRows(PanelProducts.fastest(), 1, false, true, m, n, k, 0.5f, a, 0, k, b, 0, k, single, 0, n);
        for (int threads : new int[] {2, 3, 7}) {
            float[] split = new float[m * n];
            Sgemm.gemmRows(PanelProducts.fastest(), threads, false, true, m, n, k, 0.5f, a, 0, k, b, 0, k, split,
                    0, n);
            assertClose(single, split, 0, threads + " threads");
        }
    }

    @Test
    void onTheCallingThreadAProductHasTheSameBitsAsShared() {
        // Large enough to be split over every thread when shared out.
        int m = 260;
        int n = 90;
        int k = 200;
        float[] a = RandomMatrices.uniform(13, m * k);
        float[] b = RandomMatrices.uniform(14, k * n);
        float[] shared = RandomMatrices.uniform(15, m * n);
        float[] alone = shared.clone();
        Sgemm.gemm(false, true, m, n, k, 0.5f, a, 0, k, b, 0, k, 1f, shared, 0, n);
        Sgemm.gemmOnCallingThread(false, true, m, n, k, 0.5f, a, 0, k, b, 0, k, 1f, alone, 0, n);
        assertClose(shared, alone, 0, "on the calling thread");
        assertTrue(Sgemm.threads() >= 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemmOnCallingThread(false, false, 3, 3, 3, 1f, new float[8], 0, 3, new float[9], 0, 3, 0f,
                        new float[9], 0, 3));
        assertTrue(e.getMessage().startsWith("A (3x3, offset 0, stride 3) needs 9 values"), e.getMessage());
    }
}
