package dev.zenneural.core.kernel;

/**
 * Packs operand panels for the panel products: a block of R into depth-major micro-panels of a
 * fixed number of columns, a block of L into depth-major micro-panels of a fixed number of rows
 * ({@code VectorProduct}, {@code WideProduct}) or into plain rows ({@code PairedProduct},
 * {@link SuperWordProduct}), scaled and padded with zeros, so that a micro-kernel reads each operand
 * sequentially whatever its layout in memory. Packing moves and scales values only (a scale of 1
 * multiplies exactly), so it changes no bit of a product.
 */
final class PanelPacking {

    private PanelPacking() {
    }

    /**
     * Packs {@code scale * X[pc:pc+kc, jc:jc+nc]} into micro-panels {@code nr} columns wide and
     * {@code depth >= kc} steps deep: element (p, j) goes to
     * {@code dst[dstOff + (j / nr) * nr * depth + p * nr + j % nr]}; columns past {@code nc} in the
     * last micro-panel are zero, and steps past {@code kc} hold {@code pad}. Element (p, j) of X is
     * {@code x[off + p*ld + j]} when {@code rowMajor}, else {@code x[off + j*ld + p]}.
     * {@code VectorPacking} copies whole micro-panels of row-major X faster.
     */
    static void packR(float[] x, int off, int ld, boolean rowMajor, float scale, int pc, int kc, int jc, int nc,
            int nr, int depth, float pad, float[] dst, int dstOff) {
        for (int jr = 0; jr < nc; jr += nr) {
            int width = Math.min(nr, nc - jr);
            int first = off + (rowMajor ? pc * ld + jc + jr : (jc + jr) * ld + pc);
            // Row-major X: one row piece per depth step. Otherwise X^T is stored: the depth steps run
            // along X's rows, and each step gathers one value from `width` rows, so that the
            // micro-panel is written in order (writing it a column at a time touches a new cache line
            // per value).
            int stepP = rowMajor ? ld : 1;
            int stepJ = rowMajor ? 1 : ld;
            int panel = dstOff + jr * depth;
            for (int p = 0, to = panel, src = first; p < kc; p++, to += nr, src += stepP) {
                if (rowMajor && scale == 1f) {
                    System.arraycopy(x, src, dst, to, width);
                } else {
                    for (int j = 0, at = src; j < width; j++, at += stepJ) {
                        dst[to + j] = scale * x[at];
                    }
                }
                for (int j = width; j < nr; j++) {
                    dst[to + j] = 0f;
                }
            }
            java.util.Arrays.fill(dst, panel + kc * nr, panel + depth * nr, pad);
        }
    }

    /**
     * Packs {@code scale * X[ic:ic+mc, pc:pc+kc]} into micro-panels {@code mr} rows tall and
     * {@code depth >= kc} steps deep: element (i, p) goes to
     * {@code dst[(i / mr) * mr * depth + p * mr + i % mr]}; rows past {@code mc} in the last
     * micro-panel are zero, and steps past {@code kc} hold {@code pad}. Element (i, p) of X is
     * {@code x[off + i*ld + p]} when {@code rowMajor}, else {@code x[off + p*ld + i]}.
     */
    static void packL(float[] x, int off, int ld, boolean rowMajor, float scale, int ic, int mc, int pc, int kc,
            int mr, int depth, float pad, float[] dst) {
        for (int ir = 0; ir < mc; ir += mr) {
            int height = Math.min(mr, mc - ir);
            int base = ir * depth;
            if (rowMajor) {
                for (int i = 0; i < height; i++) {
                    int src = off + (ic + ir + i) * ld + pc;
                    for (int p = 0, to = base + i; p < kc; p++, to += mr) {
                        dst[to] = scale * x[src + p];
                    }
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    int src = off + (pc + p) * ld + ic + ir;
                    int to = base + p * mr;
                    for (int i = 0; i < height; i++) {
                        dst[to + i] = scale * x[src + i];
                    }
                }
            }
            for (int i = height; i < mr; i++) {
                for (int p = 0, to = base + i; p < kc; p++, to += mr) {
                    dst[to] = 0f;
                }
            }
            java.util.Arrays.fill(dst, base + kc * mr, base + depth * mr, pad);
        }
    }

    /**
     * Copies {@code scale * X[ic:ic+mc, pc:pc+kc]} into {@code dst} as a row-major mc x kc block at
     * {@code dstOff}, {@code dstLd} floats a row, where element (i, p) of X is {@code x[off + i*ld + p]}
     * when {@code rowMajor}, else {@code x[off + p*ld + i]}.
     */
    static void packRows(float[] x, int off, int ld, boolean rowMajor, float scale, int ic, int mc, int pc, int kc,
            float[] dst, int dstOff, int dstLd) {
        if (rowMajor) {
            for (int i = 0; i < mc; i++) {
                int src = off + (ic + i) * ld + pc;
                int d = dstOff + i * dstLd;
                if (scale == 1f) {
                    System.arraycopy(x, src, dst, d, kc);
                } else {
                    for (int p = 0; p < kc; p++) {
                        dst[d + p] = scale * x[src + p];
                    }
                }
            }
        } else {
            // A transpose: four source rows at a time fill four adjacent values of each panel row.
            int p = 0;
            for (; p + 4 <= kc; p += 4) {
                int s0 = off + (pc + p) * ld + ic;
                int s1 = s0 + ld;
                int s2 = s1 + ld;
                int s3 = s2 + ld;
                for (int i = 0, d = dstOff + p; i < mc; i++, d += dstLd) {
                    dst[d] = scale * x[s0 + i];
                    dst[d + 1] = scale * x[s1 + i];
                    dst[d + 2] = scale * x[s2 + i];
                    dst[d + 3] = scale * x[s3 + i];
                }
            }
            for (; p < kc; p++) {
                int src = off + (pc + p) * ld + ic;
                for (int i = 0; i < mc; i++) {
                    dst[dstOff + i * dstLd + p] = scale * x[src + i];
                }
            }
        }
    }

    /** Copies the valid {@code mr x nr} part of a D block into {@code tile} (row stride {@code ldt}). */
    static void loadTile(float[] d, int at, int dRow, int dCol, int mr, int nr, float[] tile, int ldt) {
        for (int i = 0; i < mr; i++) {
            for (int j = 0, src = at + i * dRow; j < nr; j++, src += dCol) {
                tile[i * ldt + j] = d[src];
            }
        }
    }

    /** Copies the tile's valid {@code mr x nr} part back into D; the padding's values are dropped. */
    static void storeTile(float[] tile, int ldt, int mr, int nr, float[] d, int at, int dRow, int dCol) {
        for (int i = 0; i < mr; i++) {
            for (int j = 0, dst = at + i * dRow; j < nr; j++, dst += dCol) {
                d[dst] = tile[i * ldt + j];
            }
        }
    }

    /**
     * The depth of each pass over {@code k >= 0} steps, at most {@code most}: the fewest passes, as
     * even as they go. Cut at {@code most}, a depth just over it leaves a last pass of a few steps
     * (an inference's 785 = 3 x 256 + 17, 257 = 256 + 1) that still loads and stores every block
     * of D once for them.
     */
    static int evenDepth(int k, int most) {
        if (k <= most) {
            return k;
        }
        int passes = (k + most - 1) / most;
        return (k + passes - 1) / passes;
    }

    /** {@code x >= 0} rounded up to a multiple of {@code multiple}: a padded row or panel length. */
    static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }
}
