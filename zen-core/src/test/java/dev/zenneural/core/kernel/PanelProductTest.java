package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.testing.GemmCases;
import dev.zenneural.core.testing.NaiveGemm;
import dev.zenneural.core.testing.RandomMatrices;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both panel products against the documented fma order, to the bit, whichever one this JVM's
 * {@link Sgemm} chose. The test JVMs are started with {@code --add-modules jdk.incubator.vector}
 * (the parent POM), so the Vector API product is always there to test.
 */
class PanelProductTest {

    /**
     * Across the Vector API product's edges: its 6-row and 32-column register block (16 with AVX2),
     * its 72-row L panel, 256-deep panels and 1024-wide R panel; the large-product paths' (one for
     * AVX-512, one for AVX2); and the 1 x N cases.
     */
    static Stream<Arguments> shapes() {
        int[][] fixed = {
            {1, 1, 1}, {6, 32, 1}, {7, 33, 2}, {5, 31, 3}, {12, 64, 257}, {73, 17, 9}, {13, 1025, 5},
            {1, 200, 7}, {200, 1, 7}, {71, 2, 33}, {8, 100, 513}, {2, 256, 33}, {3, 17, 256}, {16, 15, 256},
            {4, 40, 3}, {5, 64, 2},
            // Lower edges of L read in place: 7, 8 and 11 rows left start with a four-row block.
            {11, 40, 5}, {14, 64, 9}, {17, 33, 20}, {20, 50, 3}, {23, 64, 40},
            // The large-product path with AVX-512 (73 rows and 96 columns up): 7-row and 48-column blocks
            // and their edges, 140-row L panels, 512-deep panels and 384-wide R panels, odd depths.
            {73, 96, 1}, {81, 97, 129}, {150, 143, 40}, {145, 200, 9}, {96, 961, 3}, {74, 96, 515},
            // The large-product path with AVX2 (73 rows up, 24 where L is row-major; 32 columns up, 128
            // with L transposed):
            // lower edges of 3, 4 and 5 rows on packed L, right edges of 1, 8 and 15 columns, two R
            // panels, and depths over 256 in even passes (300 in two of 150, 257 in 129 and 128, 785
            // in 197, 197, 197 and 194).
            {75, 128, 300}, {76, 129, 17}, {77, 1041, 5}, {219, 143, 257}, {80, 128, 785}, {79, 33, 260},
            {78, 40, 31}, {74, 32, 9},
            // ... and from 24 rows where L is row-major, one L panel or less, its rows cut as where L is
            // read in place: 24 as four blocks, 26 ending in two of four rows, 29 and 31 in four and
            // three, 32 (a hidden layer) in two of four, 85 (a panel of 72, then 13) in six, four and three.
            {24, 32, 64}, {26, 40, 70}, {29, 48, 5}, {31, 33, 300}, {32, 64, 125}, {85, 47, 33},
        };
        return GemmCases.of(fixed, 16, 43, 120, 300);
    }

    @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
    @MethodSource("shapes")
    void vectorAndSuperWordGiveTheDocumentedBits(int m, int n, int k, boolean transA, boolean transB) {
        PanelProduct vector = PanelProducts.vectorOrNull();
        assertNotNull(vector, "the test JVM resolves jdk.incubator.vector (see the parent POM's argLine)");
        long seed = 13L * m + 5L * n + k + (transA ? 100 : 0) + (transB ? 200 : 0);
        int lda = (transA ? m : k) + 1;
        int ldb = (transB ? k : n) + 2;
        int ldc = n + 3;
        float[] a = RandomMatrices.uniform(seed, 3 + (transA ? k : m) * lda);
        float[] b = RandomMatrices.uniform(seed + 1, 1 + (transB ? n : k) * ldb);
        float[] c = RandomMatrices.uniform(seed + 2, 2 + m * ldc);
        // alpha 1 reads both operands in place where their layout allows; -1.25 packs the scaled one.
        for (float alpha : new float[] {-1.25f, 1f}) {
            float[] exact = c.clone();
            NaiveGemm.gemmFma(transA, transB, m, n, k, alpha, a, 3, lda, b, 1, ldb, 1f, exact, 2, ldc);
            for (PanelProduct product : new PanelProduct[] {vector, PanelProducts.superWord()}) {
                float[] got = c.clone();
                Sgemm.gemmRows(product, 1, transA, transB, m, n, k, alpha, a, 3, lda, b, 1, ldb, got, 2, ldc);
                assertArrayEquals(exact, got, product.name() + " alpha " + alpha);
            }
        }
    }

    /**
     * The large-product path pads an odd-depth panel with one step of {@code 0 * -0} terms; a sum
     * that is {@code -0} must stay {@code -0} through it (assertArrayEquals compares the bits).
     */
    @Test
    void anOddDepthKeepsNegativeZeros() {
        PanelProduct vector = PanelProducts.vectorOrNull();
        assertNotNull(vector);
        int m = 80;
        int n = 100;
        int k = 33;
        float[] a = new float[m * k];
        java.util.Arrays.fill(a, -0f);
        float[] b = RandomMatrices.uniform(3, k * n);
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.abs(b[i]) + 0.5f;
        }
        float[] c = new float[m * n];
        java.util.Arrays.fill(c, -0f);
        float[] exact = c.clone();
        NaiveGemm.gemmFma(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 1f, exact, 0, n);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(exact[0]), "the reference keeps -0");
        Sgemm.gemmRows(vector, 1, false, false, m, n, k, 1f, a, 0, k, b, 0, n, c, 0, n);
        assertArrayEquals(exact, c);
    }

    @ParameterizedTest(name = "{0} columns")
    @org.junit.jupiter.params.provider.ValueSource(ints = {70, 9})
    void vectorProductSplitsRowsWithoutChangingABit(int n) {
        PanelProduct vector = PanelProducts.vectorOrNull();
        assertNotNull(vector);
        int m = 150;
        int k = 40;
        float[] a = RandomMatrices.uniform(8, m * k);
        float[] b = RandomMatrices.uniform(9, k * n);
        float[] single = new float[m * n];
        Sgemm.gemmRows(vector, 1, false, false, m, n, k, 1f, a, 0, k, b, 0, n, single, 0, n);
        float[] split = new float[m * n];
        Sgemm.gemmRows(vector, 4, false, false, m, n, k, 1f, a, 0, k, b, 0, n, split, 0, n);
        assertArrayEquals(single, split);
    }

    @Test
    @Tag("slow")
    void warmUpFindsTheVectorProductCompiledUnderC2() {
        PanelProduct vector = PanelProducts.vectorOrNull();
        assertNotNull(vector);
        // Only C2 makes the product what it is for (auto never warms it up without C2). It must get
        // there also when other tests compiled the product already.
        assumeTrue(VectorKernels.c2Compiles(), "C2 is off in this JVM");
        assertTrue(PanelProducts.warmup(vector).run(60_000_000_000L));
    }

    @Test
    void afterTheWaitTheFastestProductIsHandedOut() throws InterruptedException {
        assertTrue(Sgemm.awaitFastestKernels(java.time.Duration.ofSeconds(60)), "warm within a minute");
        assertEquals(PanelProducts.fastest(), PanelProducts.forShape(64, 64));
        // C narrower than a register block pads too much of it: the SuperWord product takes it.
        assertEquals(PanelProducts.superWord(), PanelProducts.forShape(64, 2));
    }

    @Test
    void theSettingNamesTheProduct() {
        assertEquals("superword", PanelProducts.choose("superword").name());
        assertEquals("vector", PanelProducts.choose("vector").name());
        // Without C2 the Vector API is slower than plain loops: auto picks it only under C2.
        assertEquals(VectorKernels.c2Compiles() ? "vector" : "superword", PanelProducts.choose("auto").name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PanelProducts.choose("simd"));
        assertEquals("-Dzen.gemm=simd: expected auto, vector or superword", e.getMessage());
    }
}
