package dev.zenneural.gpu;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.core.tensor.Tensor;
import dev.zenneural.core.testing.GemmCases;
import dev.zenneural.core.testing.NaiveGemm;
import dev.zenneural.core.testing.RandomMatrices;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SGEMM on the device against the double-accumulating reference and the CPU backend. */
@Tag("gpu")
class OpenClBackendGemmGpuTest {

    private static OpenClBackend backend;

    @BeforeAll
    static void open() {
        backend = new OpenClBackend(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    /** Degenerate shapes, shapes just off the 16 x 16 tiles, and random ones. */
    static Stream<Arguments> shapes() {
        int[][] fixed = {
            {1, 1, 1}, {1, 37, 5}, {37, 1, 5}, {1, 1, 40}, {3, 5, 1}, {129, 65, 1}, {1, 300, 7}, {300, 1, 7},
            {16, 16, 16}, {17, 17, 17}, {15, 33, 31}, {64, 48, 80}, {100, 70, 257},
        };
        return GemmCases.of(fixed, 16, 7, 120, 300);
    }

    @ParameterizedTest(name = "{0}x{1}x{2} transA={3} transB={4}")
    @MethodSource("shapes")
    void matchesTheReferenceAndTheCpuBackend(int m, int n, int k, boolean transA, boolean transB) {
        long seed = 31L * m + 17L * n + k + (transA ? 1000 : 0) + (transB ? 2000 : 0);
        Tensor a = transA ? random(seed, k, m) : random(seed, m, k);
        Tensor b = transB ? random(seed + 1, n, k) : random(seed + 1, k, n);
        Tensor c = random(seed + 2, m, n);
        float[] expected = c.data().clone();
        NaiveGemm.gemm(transA, transB, m, n, k, 0.75f, a.data(), 0, a.cols(), b.data(), 0, b.cols(), -0.5f,
                expected, 0, n);
        Tensor cpu = c.copy();
        try (CpuBackend reference = new CpuBackend()) {
            reference.gemm(transA, transB, 0.75f, a, b, -0.5f, cpu);
        }

        backend.gemm(transA, transB, 0.75f, a, b, -0.5f, c);

        assertClose(expected, c.data(), sumTolerance(k), "C against NaiveGemm");
        assertClose(cpu.data(), c.data(), 2 * sumTolerance(k), "C against CpuBackend");
    }

    @Test
    void betaZeroOverwritesNaN() {
        Tensor c = Tensor.of(new float[] {Float.NaN, Float.NaN, Float.NaN, Float.NaN}, 2, 2);
        backend.gemm(false, false, 1f, Tensor.of(new float[] {1, 2, 3, 4}, 2, 2),
                Tensor.of(new float[] {5, 6, 7, 8}, 2, 2), 0f, c);
        assertClose(new float[] {19, 22, 43, 50}, c.data(), 0, "C");
    }

    @Test
    void alphaZeroReadsNeitherANorB() {
        float[] nan = new float[6];
        Arrays.fill(nan, Float.NaN);
        Tensor c = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
        backend.gemm(false, false, 0f, Tensor.of(nan, 2, 3), Tensor.of(nan, 3, 2), 2f, c);
        assertClose(new float[] {2, 4, 6, 8}, c.data(), 0, "C");
    }

    @Test
    void zeroDepthOnlyScalesC() {
        Tensor c = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        backend.gemm(false, false, 1f, Tensor.zeros(2, 0), Tensor.zeros(0, 3), -1f, c);
        assertClose(new float[] {-1, -2, -3, -4, -5, -6}, c.data(), 0, "C");
    }

    @Test
    void mismatchedShapesAreRejectedAsOnTheCpu() {
        assertThrows(IllegalArgumentException.class,
                () -> backend.gemm(false, false, 1f, Tensor.zeros(2, 3), Tensor.zeros(4, 2), 0f, Tensor.zeros(2, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> backend.gemm(true, false, 1f, Tensor.zeros(3, 2), Tensor.zeros(3, 2), 0f, Tensor.zeros(3, 2)));
    }

    private static Tensor random(long seed, int rows, int cols) {
        return Tensor.wrap(RandomMatrices.uniform(seed, rows * cols), rows, cols);
    }
}
