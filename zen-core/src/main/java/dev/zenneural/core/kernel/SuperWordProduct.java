package dev.zenneural.core.kernel;

/**
 * The panel product without the Vector API: plain loops that C2's SuperWord turns into AVX/AVX-512
 * FMA code.
 *
 * <p>A {@code KC x NC} panel of the right-hand operand is copied into {@code KC} separate row arrays
 * (it stays in L2) and an {@code MC x KC} panel of the left-hand operand into a contiguous array,
 * which also turns every transpose variant into the same inner loop. Four rows of D at a time are
 * copied into four row arrays and updated from two panel rows per pass ({@link #kernel4x2}): each
 * loaded R vector serves four rows of D and each load and store of D serves two terms. The loop
 * reads and writes only distinct arrays from index 0, which is what SuperWord (JDK 17 and later)
 * vectorizes: it does not vectorize a loop that indexes arrays from different loop-invariant
 * offsets, nor (on JDK 17) loop bodies much larger than this one. Every D element still sees one
 * stored value per two terms, which caps this kernel near a third of a tuned BLAS; {@link
 * PanelProducts} prefers the register-blocked Vector API product where the JDK offers it.
 */
final class SuperWordProduct implements PanelProduct {

    /** Depth of one panel. */
    static final int KC = 256;
    /**
     * Width of one right-hand panel: {@code KC * NC} floats (1 MiB) stay in L2, and the two panel
     * rows and four rows of D of one kernel call (24 KiB) in L1. Measured against 256 and 512 (and
     * KC 128, 384, 512): best or equal on every benchmark shape.
     */
    static final int NC = 1024;
    /** Height of one left-hand panel (a multiple of {@link #MR}). */
    static final int MC = 64;
    /** Rows of D updated together by the kernel. */
    static final int MR = 4;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Narrower C than this (and taller than wide) is computed as C^T. */
    static final int TRANSPOSE_BELOW_N = 64;

    @Override
    public String name() {
        return "superword";
    }

    /**
     * When C is narrow ({@code n < }{@link #TRANSPOSE_BELOW_N} and {@code m > n}, as in the small
     * output layers of a network) the vector loop would run over a handful of columns, so C^T is
     * computed instead, with the vector loop along C's columns.
     */
    @Override
    public boolean transposed(int m, int n) {
        return n < TRANSPOSE_BELOW_N && m > n;
    }

    @Override
    public boolean suits(int m, int n) {
        return true;
    }

    @Override
    public void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor,
            float lScale, float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff,
            int dRow, int dCol) {
        Scratch scratch = SCRATCH.get();
        float[][] rPanel = scratch.rPanel(Math.min(KC, k), Math.min(NC, cols));
        float[] lPanel = scratch.lPanel(Math.min(MC, i1 - i0) * Math.min(KC, k));
        float[][] acc = scratch.acc();
        for (int jc = 0; jc < cols; jc += NC) {
            int nc = Math.min(NC, cols - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                pack(r, rOff, ldr, rRowMajor, rScale, pc, kc, jc, nc, rPanel);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    PanelPacking.packRows(l, lOff, ldl, lRowMajor, lScale, ic, mc, pc, kc, lPanel, 0, kc);
                    panel(mc, nc, kc, lPanel, rPanel, acc, d, dOff + ic * dRow + jc * dCol, dRow, dCol);
                }
            }
        }
    }

    /** The D block (mc x nc at {@code dOff}) += L panel (mc x kc) * R panel (kc rows of nc). */
    private static void panel(int mc, int nc, int kc, float[] lp, float[][] rp, float[][] acc, float[] d, int dOff,
            int dRow, int dCol) {
        float[] c0 = acc[0];
        float[] c1 = acc[1];
        float[] c2 = acc[2];
        float[] c3 = acc[3];
        int i = 0;
        for (; i + MR <= mc; i += MR) {
            for (int q = 0; q < MR; q++) {
                load(d, dOff + (i + q) * dRow, dCol, nc, acc[q]);
            }
            int a0 = i * kc;
            int a1 = a0 + kc;
            int a2 = a1 + kc;
            int a3 = a2 + kc;
            int p = 0;
            for (; p + 2 <= kc; p += 2) {
                kernel4x2(nc, c0, c1, c2, c3, rp[p], rp[p + 1],
                        lp[a0 + p], lp[a0 + p + 1], lp[a1 + p], lp[a1 + p + 1],
                        lp[a2 + p], lp[a2 + p + 1], lp[a3 + p], lp[a3 + p + 1]);
            }
            if (p < kc) {
                kernel4x1(nc, c0, c1, c2, c3, rp[p], lp[a0 + p], lp[a1 + p], lp[a2 + p], lp[a3 + p]);
            }
            for (int q = 0; q < MR; q++) {
                store(acc[q], nc, d, dOff + (i + q) * dRow, dCol);
            }
        }
        for (; i < mc; i++) {
            load(d, dOff + i * dRow, dCol, nc, c0);
            int a0 = i * kc;
            int p = 0;
            for (; p + 4 <= kc; p += 4) {
                kernel1x4(nc, c0, rp[p], rp[p + 1], rp[p + 2], rp[p + 3],
                        lp[a0 + p], lp[a0 + p + 1], lp[a0 + p + 2], lp[a0 + p + 3]);
            }
            for (; p < kc; p++) {
                kernel1x1(nc, c0, rp[p], lp[a0 + p]);
            }
            store(c0, nc, d, dOff + i * dRow, dCol);
        }
    }

    /** Copies {@code nc} values from {@code d}, {@code step} apart from {@code at}, into {@code dst[0:nc]}. */
    private static void load(float[] d, int at, int step, int nc, float[] dst) {
        if (step == 1) {
            System.arraycopy(d, at, dst, 0, nc);
        } else {
            for (int j = 0; j < nc; j++, at += step) {
                dst[j] = d[at];
            }
        }
    }

    /** Copies {@code src[0:nc]} into {@code d}, {@code step} apart from {@code at}. */
    private static void store(float[] src, int nc, float[] d, int at, int step) {
        if (step == 1) {
            System.arraycopy(src, 0, d, at, nc);
        } else {
            for (int j = 0; j < nc; j++, at += step) {
                d[at] = src[j];
            }
        }
    }

    /**
     * Copies {@code scale * X[pc:pc+kc, jc:jc+nc]} row by row into {@code dst[p][0:nc]}, where
     * element (p, j) of X is {@code x[off + p*ld + j]} when {@code rowMajor}, else
     * {@code x[off + j*ld + p]}.
     */
    private static void pack(float[] x, int off, int ld, boolean rowMajor, float scale, int pc, int kc, int jc,
            int nc, float[][] dst) {
        if (rowMajor) {
            for (int p = 0; p < kc; p++) {
                int src = off + (pc + p) * ld + jc;
                float[] row = dst[p];
                if (scale == 1f) {
                    System.arraycopy(x, src, row, 0, nc);
                } else {
                    for (int j = 0; j < nc; j++) {
                        row[j] = scale * x[src + j];
                    }
                }
            }
        } else {
            // A transpose: eight source rows at a time, so that each panel row is fetched once per
            // eight values written to it.
            int j = 0;
            for (; j + 8 <= nc; j += 8) {
                int s0 = off + (jc + j) * ld + pc;
                int s1 = s0 + ld;
                int s2 = s1 + ld;
                int s3 = s2 + ld;
                int s4 = s3 + ld;
                int s5 = s4 + ld;
                int s6 = s5 + ld;
                int s7 = s6 + ld;
                for (int p = 0; p < kc; p++) {
                    float[] row = dst[p];
                    row[j] = scale * x[s0 + p];
                    row[j + 1] = scale * x[s1 + p];
                    row[j + 2] = scale * x[s2 + p];
                    row[j + 3] = scale * x[s3 + p];
                    row[j + 4] = scale * x[s4 + p];
                    row[j + 5] = scale * x[s5 + p];
                    row[j + 6] = scale * x[s6 + p];
                    row[j + 7] = scale * x[s7 + p];
                }
            }
            for (; j < nc; j++) {
                int src = off + (jc + j) * ld + pc;
                for (int p = 0; p < kc; p++) {
                    dst[p][j] = scale * x[src + p];
                }
            }
        }
    }

    /**
     * Four rows of C, two terms: {@code cq[j] = fma(xq1, b1[j], fma(xq0, b0[j], cq[j]))}. Each
     * loaded B value serves four rows and each load and store of C two terms. Measured inside this
     * class on JDK 17 (C2 inlines the kernel into {@code panel}), this shape and form (B loaded into
     * locals first) vectorize, while 3x3, 4x3, 2x4 with locals, and anything with more than eight
     * fused multiply-adds in the loop body, run scalar (about 10 against 40-47 GFLOP/s at 512^3); on
     * JDK 25 they all vectorize and none beats this one by more than the noise.
     */
    static void kernel4x2(int nc, float[] c0, float[] c1, float[] c2, float[] c3, float[] b0, float[] b1,
            float x00, float x01, float x10, float x11, float x20, float x21, float x30, float x31) {
        for (int j = 0; j < nc; j++) {
            float y0 = b0[j];
            float y1 = b1[j];
            c0[j] = Math.fma(x01, y1, Math.fma(x00, y0, c0[j]));
            c1[j] = Math.fma(x11, y1, Math.fma(x10, y0, c1[j]));
            c2[j] = Math.fma(x21, y1, Math.fma(x20, y0, c2[j]));
            c3[j] = Math.fma(x31, y1, Math.fma(x30, y0, c3[j]));
        }
    }

    /** Four rows of C, one term. */
    static void kernel4x1(int nc, float[] c0, float[] c1, float[] c2, float[] c3, float[] b0,
            float x0, float x1, float x2, float x3) {
        for (int j = 0; j < nc; j++) {
            float y0 = b0[j];
            c0[j] = Math.fma(x0, y0, c0[j]);
            c1[j] = Math.fma(x1, y0, c1[j]);
            c2[j] = Math.fma(x2, y0, c2[j]);
            c3[j] = Math.fma(x3, y0, c3[j]);
        }
    }

    /** One row of C, four terms in order. */
    static void kernel1x4(int nc, float[] c0, float[] b0, float[] b1, float[] b2, float[] b3,
            float x0, float x1, float x2, float x3) {
        for (int j = 0; j < nc; j++) {
            c0[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], c0[j]))));
        }
    }

    /** One row of C, one term. */
    static void kernel1x1(int nc, float[] c0, float[] b0, float x0) {
        for (int j = 0; j < nc; j++) {
            c0[j] = Math.fma(x0, b0[j], c0[j]);
        }
    }

    /**
     * One thread's panels, grown to the largest shape it has seen.
     *
     * <p>The right-hand panel rows and the rows of C the kernel updates are allocated together, in
     * one {@code float[][]}, with a length of 12 mod 16 floats: with the 16-byte array header each
     * row then spans a whole number of 64-byte cache lines, so rows that the allocator places one
     * after the other share one alignment, and the alignment C2 gives the kernel's loop for one of
     * them holds for all (AVX-512 loads and stores that straddle two cache lines cost twice).
     */
    private static final class Scratch {
        private float[][] rows = new float[0][0];
        private int rPanelRows;
        private float[][] rPanel = new float[0][];
        private float[][] acc = new float[MR][];
        private float[] lPanel = new float[0];

        /** At least {@code rows} rows of at least {@code width} floats for the right-hand panel. */
        float[][] rPanel(int panelRows, int width) {
            if (rPanelRows < panelRows || rows[0].length < width) {
                int newRows = Math.max(panelRows, rPanelRows);
                int length = lineMultiple(Math.max(width, rows.length == 0 ? 0 : rows[0].length));
                rows = new float[newRows + MR][length];
                rPanelRows = newRows;
                rPanel = java.util.Arrays.copyOf(rows, newRows);
                acc = java.util.Arrays.copyOfRange(rows, newRows, newRows + MR);
            }
            return rPanel;
        }

        /** The {@link #MR} rows of C, as wide as the right-hand panel (call after {@link #rPanel}). */
        float[][] acc() {
            return acc;
        }

        float[] lPanel(int size) {
            if (lPanel.length < size) {
                lPanel = new float[size];
            }
            return lPanel;
        }

        /** The least length {@code >= width} that is 12 mod 16 floats (64-byte lines with the header). */
        static int lineMultiple(int width) {
            return width + ((12 - width % 16) + 16) % 16;
        }
    }
}
