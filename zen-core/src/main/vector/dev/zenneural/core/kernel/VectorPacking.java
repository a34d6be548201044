package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PanelPacking#packR} with vector copies: each depth step of a whole micro-panel of row-major
 * R is {@code nr / L} vector loads and stores, where the plain loop made one {@code System.arraycopy}
 * call of {@code nr} floats. On an inference-shaped product (128 x 256 x 785, R of 785 x 256 read from
 * L3) the plain packing took a tenth of the product's time, and these copies pack the same panel
 * 2.6 times faster. Scaled R (which these products never get: {@link Sgemm} scales L, as they
 * are never transposed), R stored transposed, and the last micro-panel where it is narrower than
 * {@code nr} go through {@link PanelPacking} (but where R is packed a row at a time, which copies
 * and pads that micro-panel in the same pass), so the values packed are the same.
 */
final class VectorPacking {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorPacking() {
    }

    /**
     * The narrowest row stride (in floats: a page) from which row-major R is packed a row at a time
     * rather than a micro-panel at a time.
     */
    static final int BY_ROWS_MIN_LD = 1024;

    /**
     * {@link PanelPacking#packR}, with {@code nr} a multiple of the vector length. Row-major X whose
     * rows are at least a page apart ({@link #BY_ROWS_MIN_LD}) is read a row at a time, each depth
     * step's {@code nc} values in order into all the micro-panels. A micro-panel at a time, the reads
     * walk down X's columns, a cache line from each row and a new page each time, which the
     * prefetchers do not follow: training's first layer reads a new chunk of the inputs' columns
     * (rows as far apart as there are pairs) each time, and that packing took as long as the
     * product's multiply-adds (JFR samples of mushroom's epoch). A row at a time, mushroom's rprop and
     * batch epochs ran 1.09 and 1.06 times as fast (a JVM per build and turn, 12 rounds; quartiles
     * 0.91-1.18 and 0.97-1.16). Closer rows keep the micro-panel order, whose writes are sequential:
     * a row at a time, products on operands in cache ran at 0.79-0.89 times the speed (32 x 256 x 125,
     * inference on 64 rows), and the slopes' chunk of pairs (rows 125 floats apart, cold) gained
     * nothing measurable (1.02) although the samples in packing it halved: whichever loop first
     * touches cold data waits for it.
     */
    static void packR(float[] x, int off, int ld, boolean rowMajor, float scale, int pc, int kc, int jc, int nc,
            int nr, int depth, float pad, float[] dst, int dstOff) {
        if (!rowMajor || scale != 1f) {
            PanelPacking.packR(x, off, ld, rowMajor, scale, pc, kc, jc, nc, nr, depth, pad, dst, dstOff);
        } else if (ld >= BY_ROWS_MIN_LD) {
            packByRows(x, off, ld, pc, kc, jc, nc, nr, depth, pad, dst, dstOff);
        } else {
            packByPanels(x, off, ld, pc, kc, jc, nc, nr, depth, pad, dst, dstOff);
        }
    }

    private static void packByPanels(float[] x, int off, int ld, int pc, int kc, int jc, int nc, int nr, int depth,
            float pad, float[] dst, int dstOff) {
        int whole = nc / nr * nr;
        for (int jr = 0; jr < whole; jr += nr) {
            int panel = dstOff + jr * depth;
            int src = off + pc * ld + jc + jr;
            for (int p = 0, to = panel; p < kc; p++, to += nr, src += ld) {
                for (int j = 0; j < nr; j += L) {
                    FloatVector.fromArray(S, x, src + j).intoArray(dst, to + j);
                }
            }
            java.util.Arrays.fill(dst, panel + kc * nr, panel + depth * nr, pad);
        }
        if (whole < nc) {
            PanelPacking.packR(x, off, ld, true, 1f, pc, kc, jc + whole, nc - whole, nr, depth, pad, dst,
                    dstOff + whole * depth);
        }
    }

    private static void packByRows(float[] x, int off, int ld, int pc, int kc, int jc, int nc, int nr, int depth,
            float pad, float[] dst, int dstOff) {
        int whole = nc / nr * nr;
        int tail = nc - whole;
        int panelSize = nr * depth;
        for (int p = 0, src = off + pc * ld + jc; p < kc; p++, src += ld) {
            int to = dstOff + p * nr;
            for (int jr = 0; jr < whole; jr += nr, to += panelSize) {
                for (int j = 0; j < nr; j += L) {
                    FloatVector.fromArray(S, x, src + jr + j).intoArray(dst, to + j);
                }
            }
            if (tail > 0) {
                System.arraycopy(x, src + whole, dst, to, tail);
                java.util.Arrays.fill(dst, to + tail, to + nr, 0f);
            }
        }
        if (kc < depth) {
            for (int jr = 0; jr < nc; jr += nr) {
                int panel = dstOff + jr * depth;
                java.util.Arrays.fill(dst, panel + kc * nr, panel + depth * nr, pad);
            }
        }
    }
}
