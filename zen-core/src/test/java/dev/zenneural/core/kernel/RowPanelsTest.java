package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.testing.RandomMatrices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narrow kernel's row panels against a plain transpose, value for value: the vector transpose,
 * and the scalar one for lower edges. The test JVMs resolve {@code jdk.incubator.vector} (the parent
 * POM), so the class loads; the transpose itself needs 512-bit vectors.
 */
class RowPanelsTest {

    @ParameterizedTest(name = "depth {0}, row stride {1}")
    @CsvSource({"16, 16", "1, 5", "33, 40", "47, 47", "256, 300"})
    void packsSixteenRowsDepthMajor(int kc, int ld) {
        assumeTrue(NarrowProduct.worthwhile(), "needs 512-bit vectors");
        int off = 7;
        float[] x = RandomMatrices.uniform(kc + ld, off + 15 * ld + RowPanels.roundUp(kc));
        assertTrue(RowPanels.fits(x, off, ld, kc));
        float[] packed = new float[RowPanels.roundUp(kc) * RowPanels.ROWS + 3];
        RowPanels.pack(x, off, ld, kc, packed, 3);
        float[] expected = new float[kc * RowPanels.ROWS];
        for (int p = 0; p < kc; p++) {
            for (int q = 0; q < RowPanels.ROWS; q++) {
                expected[p * RowPanels.ROWS + q] = x[off + q * ld + p];
            }
        }
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(packed, 3, 3 + expected.length));
    }

    @ParameterizedTest(name = "{0} rows")
    @CsvSource({"1", "9", "16"})
    void edgePanelsPadWithZeros(int rows) {
        int kc = 5;
        int ld = 6;
        float[] x = RandomMatrices.uniform(rows, rows * ld);
        // A panel of sixteen rows would read past the end of x.
        assertFalse(RowPanels.fits(x, 0, ld, kc));
        float[] packed = new float[kc * RowPanels.ROWS];
        java.util.Arrays.fill(packed, Float.NaN);
        RowPanels.packEdge(x, 0, ld, rows, kc, packed, 0);
        for (int p = 0; p < kc; p++) {
            for (int q = 0; q < RowPanels.ROWS; q++) {
                float expected = q < rows ? x[q * ld + p] : 0f;
                assertTrue(expected == packed[p * RowPanels.ROWS + q], "depth " + p + ", row " + q);
            }
        }
    }
}
