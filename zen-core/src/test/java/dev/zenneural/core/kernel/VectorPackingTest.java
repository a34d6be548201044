package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.fail;

import dev.zenneural.core.testing.RandomMatrices;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorPacking#packR} writes what {@link PanelPacking#packR} writes, to the bit and nowhere
 * else: rows closer than a page and a page apart, whole and partial micro-panels, the widths of
 * both large-product paths (16 and 48 columns), padded depths, an offset destination, R stored
 * either way, scaled and not. The products' tests reach only the cases their path takes on the
 * machine that runs them; this one reaches all of them on any machine.
 */
class VectorPackingTest {

    @Test
    void packsWhatThePlainLoopPacks() {
        // Rows closer than a page (packed a micro-panel at a time) and a page apart (a row at a time).
        for (int ld : new int[] {300, VectorPacking.BY_ROWS_MIN_LD}) {
            float[] x = RandomMatrices.uniform(21, 300 * ld);
            // Multiples of both vector lengths: two and six AVX2 vectors, one, two and three AVX-512 ones.
            for (int nr : new int[] {16, 32, 48}) {
                for (int nc : new int[] {1, nr - 1, nr, 2 * nr, 3 * nr + 5}) {
                    for (int kc : new int[] {1, 7, 64}) {
                        for (int depth : new int[] {kc, kc + 1}) {
                            for (boolean rowMajor : new boolean[] {true, false}) {
                                for (float scale : new float[] {1f, -1.25f}) {
                                    check(x, ld, rowMajor, scale, 3, kc, 11, nc, nr, depth);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void check(float[] x, int ld, boolean rowMajor, float scale, int pc, int kc, int jc, int nc,
            int nr, int depth) {
        int dstOff = 5;
        int size = dstOff + PanelPacking.roundUp(nc, nr) * depth + 3;
        float[] plain = new float[size];
        float[] vector = new float[size];
        // Untouched places keep a NaN whose payload no packed value has.
        float untouched = Float.intBitsToFloat(0x7fc0_1234);
        Arrays.fill(plain, untouched);
        Arrays.fill(vector, untouched);
        PanelPacking.packR(x, 2, ld, rowMajor, scale, pc, kc, jc, nc, nr, depth, -0f, plain, dstOff);
        VectorPacking.packR(x, 2, ld, rowMajor, scale, pc, kc, jc, nc, nr, depth, -0f, vector, dstOff);
        String at = "ld " + ld + " nr " + nr + " nc " + nc + " kc " + kc + " depth " + depth + " rowMajor " + rowMajor + " scale "
                + scale;
        for (int i = 0; i < size; i++) {
            if (Float.floatToRawIntBits(plain[i]) != Float.floatToRawIntBits(vector[i])) {
                fail(at + ": at " + i + " the plain loop wrote " + plain[i] + ", the vector copies " + vector[i]);
            }
        }
    }
}
