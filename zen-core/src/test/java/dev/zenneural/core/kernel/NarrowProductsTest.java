package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.testing.NaiveGemm;
import dev.zenneural.core.testing.RandomMatrices;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sgemm's products for narrow C: the scalar kernel against the documented dot-product order, the
 * vector kernel against the scalar one to the bit. The test JVMs resolve jdk.incubator.vector (the
 * parent POM), so the vector kernel is there to test wherever the CPU has 256-bit vectors.
 */
class NarrowProductsTest {

    /**
     * Rows around the vector kernel's groups of eight and its blocks of sixteen groups of elements
     * (71 and 137: one to nine blocks, then fewer than eight rows more), depths around its
     * eight-step loads.
     */
    private static final int[] ROWS = {1, 2, 7, 8, 9, 17, 64, 71, 137};
    private static final int[] DEPTHS = {1, 3, 7, 8, 9, 16, 31, 33, 125};

    @Test
    void scalarKernelFollowsTheDocumentedOrder() {
        for (int m : new int[] {1, 9, 17}) {
            for (int n = 1; n < Sgemm.NARROW_COLS; n++) {
                for (int k : DEPTHS) {
                    for (boolean transA : new boolean[] {false, true}) {
                        for (boolean transB : new boolean[] {false, true}) {
                            Operands o = new Operands(m, n, k, transA, transB, 31L * m + 7L * n + k, true);
                            float[] expected = o.c.clone();
                            NaiveGemm.sgemmOrder(transA, transB, m, n, k, -1.25f, o.a, 3, o.lda, o.b, 1, o.ldb, 1f,
                                    expected, 2, o.ldc);
                            float[] got = o.product(NarrowProducts.scalar(), 1, -1.25f);
                            assertArrayEquals(expected, got, o.toString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void vectorKernelGivesTheScalarBits() {
        NarrowKernel vector = NarrowProducts.vectorOrNull();
        assertNotNull(vector, "the test JVM resolves jdk.incubator.vector on a CPU with 256-bit vectors");
        for (int m : ROWS) {
            for (int n = 1; n < Sgemm.NARROW_COLS; n++) {
                for (int k : DEPTHS) {
                    for (boolean transA : new boolean[] {false, true}) {
                        // Gaps between C's rows and none (the vector kernel adds whole groups of contiguous C at once).
                        for (boolean packedC : new boolean[] {false, true}) {
                            Operands o = new Operands(m, n, k, transA, false, 13L * m + 5L * n + k, packedC);
                            for (float alpha : new float[] {1f, -1.25f}) {
                                assertArrayEquals(o.product(NarrowProducts.scalar(), 1, alpha), o.product(vector, 1, alpha),
                                        o + " alpha " + alpha);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * NaN, infinities, signed zeros and huge values, also in a depth tail, past it (where the vector
     * kernel's tail load reads the row's gap and the next row) and at the array's end; alpha infinite
     * too, which would turn any product of a lane past the tail with op(B)'s zero padding into NaN.
     */
    @Test
    void specialValuesGiveTheScalarBits() {
        NarrowKernel vector = NarrowProducts.vectorOrNull();
        assertNotNull(vector);
        float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0f, 0f, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.MIN_VALUE};
        // One and two columns take the kernels that load each row once; three the general one.
        for (int n = 1; n <= 3; n++) {
            for (boolean transA : new boolean[] {false, true}) {
                Operands o = new Operands(19, n, 13, transA, false, 77, true);
                for (int i = 0; i < o.a.length; i += 5) {
                    o.a[i] = specials[i % specials.length];
                }
                for (int i = 0; i < o.b.length; i += 3) {
                    o.b[i] = specials[(i + 3) % specials.length];
                }
                for (float alpha : new float[] {1f, 3e38f, Float.POSITIVE_INFINITY}) {
                    assertArrayEquals(o.product(NarrowProducts.scalar(), 1, alpha), o.product(vector, 1, alpha),
                            o + " alpha " + alpha);
                }
            }
        }
    }

    /** With alpha 1 and beta 0 each element is exactly VectorOps.dot of its row and column, plus +0. */
    @Test
    void eachElementIsTheDotProductOfItsRowAndColumn() {
        int m = 37;
        int n = 3;
        int k = 29;
        float[] a = RandomMatrices.uniform(1, m * k);
        float[] b = RandomMatrices.uniform(2, k * n);
        float[] c = RandomMatrices.uniform(3, m * n);
        Sgemm.gemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        float[] column = new float[k];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                column[p] = b[p * n + j];
            }
            for (int i = 0; i < m; i++) {
                assertEquals(0f + VectorOps.dot(k, a, i * k, column, 0), c[i * n + j], 0f, "C[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        NarrowKernel vector = NarrowProducts.vectorOrNull();
        assertNotNull(vector);
        Operands o = new Operands(203, 2, 77, false, true, 5, true);
        float[] single = o.product(vector, 1, 0.5f);
        for (int threads : new int[] {2, 3, 9}) {
            assertArrayEquals(single, o.product(vector, threads, 0.5f), threads + " threads");
            assertArrayEquals(single, o.product(NarrowProducts.scalar(), threads, 0.5f), threads + " threads, scalar");
        }
    }

    /**
     * C of fewer than eight rows with A row-major and B stored transposed (a small output layer's
     * slopes) follows the dot-product order too, through Sgemm and on either kernel, scaled or not,
     * on any number of threads.
     */
    @Test
    void shortCFollowsTheDocumentedOrder() {
        NarrowKernel vector = NarrowProducts.vectorOrNull();
        assertNotNull(vector);
        for (int m : new int[] {1, 2, 7}) {
            for (int n : new int[] {8, 9, 33, 300}) {
                for (int k : DEPTHS) {
                    Operands o = new Operands(m, n, k, false, true, 41L * m + 3L * n + k, false);
                    for (float alpha : new float[] {1f, -1.25f}) {
                        float[] expected = o.c.clone();
                        NaiveGemm.sgemmOrder(false, true, m, n, k, alpha, o.a, 3, o.lda, o.b, 1, o.ldb, 1f, expected, 2,
                                o.ldc);
                        for (NarrowKernel kernel : new NarrowKernel[] {NarrowProducts.scalar(), vector}) {
                            for (int threads : new int[] {1, 3}) {
                                float[] got = o.c.clone();
                                NarrowProducts.gemmShort(kernel, threads, m, n, k, alpha, o.a, 3, o.lda, o.b, 1, o.ldb,
                                        got, 2, o.ldc);
                                assertArrayEquals(expected, got, o + " alpha " + alpha + " " + kernel.name() + " on "
                                        + threads + " threads");
                            }
                        }
                        float[] got = o.c.clone();
                        Sgemm.gemm(false, true, m, n, k, alpha, o.a, 3, o.lda, o.b, 1, o.ldb, 1f, got, 2, o.ldc);
                        assertArrayEquals(expected, got, o + " alpha " + alpha + " through Sgemm");
                    }
                }
            }
        }
    }

    @Test
    void theFastestKernelGivesTheScalarBitsThroughSgemm() throws InterruptedException {
        assertTrue(Sgemm.awaitFastestKernels(Duration.ofSeconds(60)), "warm within a minute");
        Operands o = new Operands(256, 2, 32, false, false, 11, true);
        float[] expected = o.product(NarrowProducts.scalar(), 1, 1f);
        float[] got = o.c.clone();
        Sgemm.gemm(false, false, 256, 2, 32, 1f, o.a, 3, o.lda, o.b, 1, o.ldb, 1f, got, 2, o.ldc);
        assertArrayEquals(expected, got);
    }

    @Test
    @Tag("slow")
    void warmUpFindsTheVectorKernelCompiledUnderC2() {
        org.junit.jupiter.api.Assumptions.assumeTrue(VectorKernels.c2Compiles(), "C2 is off in this JVM");
        assertTrue(NarrowProducts.warmup(NarrowProducts.vectorOrNull()).run(60_000_000_000L));
    }

    @Test
    void settingChoosesTheKernel() {
        assertEquals("scalar", NarrowProducts.choose("scalar").name());
        assertEquals("vector", NarrowProducts.choose("vector").name());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NarrowProducts.choose("simd"));
        assertTrue(e.getMessage().contains("-Dzen.narrow=simd"), e.getMessage());
    }

    /** Random operands with offsets (A 3, B 1, C 2) and row strides wider than the rows. */
    private static final class Operands {
        final int m;
        final int n;
        final int k;
        final boolean transA;
        final boolean transB;
        final int lda;
        final int ldb;
        final int ldc;
        final float[] a;
        final float[] b;
        final float[] c;

        Operands(int m, int n, int k, boolean transA, boolean transB, long seed, boolean packedC) {
            this.m = m;
            this.n = n;
            this.k = k;
            this.transA = transA;
            this.transB = transB;
            lda = (transA ? m : k) + 1;
            ldb = (transB ? k : n) + 2;
            ldc = packedC ? n : n + 3;
            // A ends right after its last value: the kernels must not read past it.
            a = RandomMatrices.uniform(seed, 3 + ((transA ? k : m) - 1) * lda + (transA ? m : k));
            b = RandomMatrices.uniform(seed + 1, 1 + (transB ? n : k) * ldb);
            c = RandomMatrices.uniform(seed + 2, 2 + m * ldc);
        }

        float[] product(NarrowKernel kernel, int threads, float alpha) {
            float[] got = c.clone();
            NarrowProducts.gemm(kernel, threads, transA, transB, m, n, k, alpha, a, 3, lda, b, 1, ldb, got, 2, ldc);
            return got;
        }

        @Override
        public String toString() {
            return m + "x" + n + "x" + k + " transA=" + transA + " transB=" + transB + " ldc=" + ldc;
        }
    }
}
