package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The panel product on the Vector API ({@code jdk.incubator.vector}): a register-blocked micro-kernel
 * in the manner of BLIS and OpenBLAS, which SuperWord cannot express.
 *
 * <p>A {@code KC x NC} panel of R is packed into micro-panels {@link #NR} columns wide (two vectors)
 * and an {@code MC x KC} panel of L into micro-panels of {@link #MR} rows, both depth-major, so that
 * the micro-kernel reads each operand sequentially. The micro-kernel keeps a {@code MR x NR} block of
 * D in twelve vector registers for the whole depth of the panel: per depth step it loads two R
 * vectors, broadcasts six L values and issues twelve fused multiply-adds, and D is loaded and stored
 * once per panel instead of once per term or two. Small products skip the packing where it would
 * cost as much as the product: unscaled L is read in place, and so is unscaled row-major R when D is
 * at most one L panel tall (the products of a training chunk). A lower edge of fewer than six rows
 * runs kernels of three rows and of one; a right edge narrower than a block goes through a small
 * tile, with its R micro-panel packed and padded with zeros, and only the tile's valid part is
 * copied back. Blocks of D tall and wide enough go to a large-product path, which packs both
 * operands: {@link WideProduct} with AVX-512 (more than one L panel tall), {@link PairedProduct}
 * with AVX2 (from 24 rows where L is row-major, see {@link PairedProduct#takes}).
 *
 * <p>An earlier vectorized exponential on {@code DoubleVector} made C2 stop compiling this kernel's
 * vector operations on JDK 17 (products ran at 2 GFLOP/s instead of 50 to 100; Temurin 25 compiled
 * both). {@link VectorSigmoids} uses {@code DoubleVector} without float/double shape conversions, and
 * products kept their speed in JVMs that ran it; check this kernel's speed after adding other vector
 * code.
 *
 * <p>Each element of D is still {@code d = fma(l[p], r[p], d)} in increasing {@code p}, continued
 * across panels, so the bits equal {@link SuperWordProduct}'s (tested).
 *
 * <p>Compiled with {@code --add-modules jdk.incubator.vector} from its own source root; loaded by
 * {@link PanelProducts} only when the running JVM resolved that module.
 */
final class VectorProduct implements PanelProduct {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector: 16 with AVX-512, 8 with AVX2. */
    private static final int L = S.length();
    /** Rows of the register block. */
    static final int MR = 6;
    /** Columns of the register block: two vectors. */
    static final int NR = 2 * L;
    /** Depth of one panel: an L micro-panel (MR x KC) and an R micro-panel (KC x NR) fit L1 together. */
    static final int KC = 256;
    /** Height of one L panel (a multiple of {@link #MR}); it stays in L2 while R micro-panels pass. */
    static final int MC = 72;
    /** Width of one R panel. */
    static final int NC = 1024;
    /** The narrowest D the register blocks take ({@link Sgemm} sums narrower C as dot products). */
    static final int MIN_BLOCK_COLS = Sgemm.NARROW_COLS;
    private static final boolean WIDE = WideProduct.worthwhile();
    private static final boolean PAIRED = PairedProduct.worthwhile();
    /** The widest D for which L stored transposed is read in place rather than packed. */
    static final int DIRECT_TRANSPOSED_MAX_COLS = 4 * NR;

    /** Whether this JVM's preferred vectors are wide enough for this product to beat SuperWord's. */
    static boolean worthwhile() {
        return L >= 8;
    }

    @Override
    public String name() {
        return "vector";
    }

    /** Never: C is stored row by row, so whole register blocks load and store in place. */
    @Override
    public boolean transposed(int m, int n) {
        return false;
    }

    /**
     * C at least eight columns wide (half a block's row with AVX-512, a whole one with AVX2), any
     * height: narrower C would pad most of each block's row with zeros.
     */
    @Override
    public boolean suits(int m, int n) {
        return n >= MIN_BLOCK_COLS;
    }

    @Override
    public void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor,
            float lScale, float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff,
            int dRow, int dCol) {
        if (WIDE && WideProduct.takes(i1 - i0, cols)) {
            WideProduct.rows(i0, i1, k, cols, l, lOff, ldl, lRowMajor, lScale, r, rOff, ldr, rRowMajor, rScale, d, dOff,
                    dRow, dCol);
            return;
        }
        if (PAIRED && PairedProduct.takes(i1 - i0, cols, lRowMajor)) {
            PairedProduct.rows(i0, i1, k, cols, l, lOff, ldl, lRowMajor, lScale, r, rOff, ldr, rRowMajor, rScale, d,
                    dOff, dRow, dCol);
            return;
        }
        PanelScratch scratch = PanelScratch.ofThread();
        int ncMax = Math.min(NC, cols);
        int kcMax = Math.min(KC, k);
        boolean rInPlace = rRowMajor && rScale == 1f && i1 - i0 <= MC;
        float[] rp = scratch.rPanel((rInPlace ? NR : PanelPacking.roundUp(ncMax, NR)) * kcMax);
        float[] lp = scratch.lPanel(PanelPacking.roundUp(Math.min(MC, i1 - i0), MR) * kcMax);
        float[] tile = scratch.tile(MR * NR);
        for (int jc = 0; jc < cols; jc += NC) {
            int nc = Math.min(NC, cols - jc);
            // Unscaled L is read in place where packing would not pay: packing touches every value of
            // L once per R panel, as much work as the product itself when D is narrow. Row-major L is
            // read as six sequential streams; L stored transposed is read six values per depth step at
            // its row stride, which only pays while few R micro-panels reuse each L micro-panel.
            boolean direct = lScale == 1f && (lRowMajor || nc <= DIRECT_TRANSPOSED_MAX_COLS);
            // Whole micro-panels of unscaled row-major R are read in place too when D is at most one L
            // panel tall: each depth step is then two vectors of one of R's rows. A packed R panel
            // serves every L panel, so taller D amortizes its packing and gains from its sequential
            // reads (in place: 1.3x faster at 32x256x125, 0.7x at 512^3). Only a last, narrower
            // micro-panel is packed (with zeros past the edge).
            int inPlaceCols = rInPlace ? nc / NR * NR : 0;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                if (inPlaceCols < nc) {
                    VectorPacking.packR(r, rOff, ldr, rRowMajor, rScale, pc, kc, jc + inPlaceCols, nc - inPlaceCols, NR,
                            kc, 0f, rp, 0);
                }
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    if (!direct) {
                        PanelPacking.packL(l, lOff, ldl, lRowMajor, lScale, ic, mc, pc, kc, MR, kc, 0f, lp);
                    }
                    int at = dOff + ic * dRow + jc * dCol;
                    for (int jr = 0; jr < nc; jr += NR) {
                        int nr = Math.min(NR, nc - jr);
                        boolean bInPlace = jr < inPlaceCols;
                        float[] b = bInPlace ? r : rp;
                        int bo = bInPlace ? rOff + pc * ldr + jc + jr : (jr - inPlaceCols) * kc;
                        int bStep = bInPlace ? ldr : NR;
                        for (int ir = 0, mr; ir < mc; ir += mr) {
                            mr = direct ? blockRows(mc - ir) : Math.min(MR, mc - ir);
                            int dAt = at + ir * dRow + jr * dCol;
                            float[] a = direct ? l : lp;
                            int ao = !direct ? ir * kc
                                    : lRowMajor ? lOff + (ic + ir) * ldl + pc : lOff + pc * ldl + ic + ir;
                            int aRow = direct && lRowMajor ? ldl : 1;
                            int aDepth = !direct ? MR : lRowMajor ? 1 : ldl;
                            if (dCol == 1 && nr == NR) {
                                block(kc, mr, a, ao, aRow, aDepth, b, bo, bStep, d, dAt, dRow);
                            } else {
                                PanelPacking.loadTile(d, dAt, dRow, dCol, mr, nr, tile, NR);
                                block(kc, mr, a, ao, aRow, aDepth, b, bo, bStep, tile, 0, NR);
                                PanelPacking.storeTile(tile, NR, mr, nr, d, dAt, dRow, dCol);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The height of the next register block when {@code remaining} rows of L read in place (or copied
     * as whole rows, as {@link PairedProduct} copies them) are left: whole blocks, except that seven,
     * eight or eleven rows start with a four-row block, so that they end in blocks of four and three
     * rows rather than in single rows. A network's 32 hidden neurons ran as five blocks and two
     * single rows, and a single row's sums wait on the FMA latency at every step. L packed in
     * micro-panels keeps whole blocks: its micro-panels are {@link #MR} rows each.
     */
    static int blockRows(int remaining) {
        return remaining == MR + 1 || remaining == MR + 2 || remaining == MR + 5 ? 4 : Math.min(MR, remaining);
    }

    /**
     * {@code C[0:mr, 0:NR] += A * B} for {@code mr <= MR} rows: the full register block, or a lower
     * edge in blocks of four rows, then three, then single rows (eight, six and two independent
     * accumulators: four rows keep both FMA units busy, a single row waits on each sum's latency).
     */
    static void block(int kc, int mr, float[] a, int ao, int aRow, int aDepth, float[] b, int bo, int bStep,
            float[] c, int co, int ldc) {
        if (mr == MR) {
            micro(kc, a, ao, aRow, aDepth, b, bo, bStep, c, co, ldc);
            return;
        }
        int i = 0;
        for (; i + 4 <= mr; i += 4) {
            micro4(kc, a, ao + i * aRow, aRow, aDepth, b, bo, bStep, c, co + i * ldc, ldc);
        }
        for (; i + 3 <= mr; i += 3) {
            micro3(kc, a, ao + i * aRow, aRow, aDepth, b, bo, bStep, c, co + i * ldc, ldc);
        }
        for (; i < mr; i++) {
            micro1(kc, a, ao + i * aRow, aDepth, b, bo, bStep, c, co + i * ldc);
        }
    }

    /**
     * {@code C[0:MR, 0:NR] += A * B}, C at {@code co} with row stride {@code ldc}, A's element (i, p)
     * at {@code ao + i*aRow + p*aDepth} (a packed L micro-panel, or L itself), B the R micro-panel
     * at {@code bo} (element (p, j) at {@code bo + p*bStep + j}: packed, or R itself).
     */
    private static void micro(int kc, float[] a, int ao, int aRow, int aDepth, float[] b, int bo, int bStep,
            float[] c, int co, int ldc) {
        int a2 = 2 * aRow;
        int a3 = 3 * aRow;
        int a4 = 4 * aRow;
        int a5 = 5 * aRow;
        int c1 = co + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        int c4 = c3 + ldc;
        int c5 = c4 + ldc;
        FloatVector d00 = FloatVector.fromArray(S, c, co);
        FloatVector d01 = FloatVector.fromArray(S, c, co + L);
        FloatVector d10 = FloatVector.fromArray(S, c, c1);
        FloatVector d11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector d20 = FloatVector.fromArray(S, c, c2);
        FloatVector d21 = FloatVector.fromArray(S, c, c2 + L);
        FloatVector d30 = FloatVector.fromArray(S, c, c3);
        FloatVector d31 = FloatVector.fromArray(S, c, c3 + L);
        FloatVector d40 = FloatVector.fromArray(S, c, c4);
        FloatVector d41 = FloatVector.fromArray(S, c, c4 + L);
        FloatVector d50 = FloatVector.fromArray(S, c, c5);
        FloatVector d51 = FloatVector.fromArray(S, c, c5 + L);
        for (int p = 0, ap = ao, bp = bo; p < kc; p++, ap += aDepth, bp += bStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            x = FloatVector.broadcast(S, a[ap + aRow]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            x = FloatVector.broadcast(S, a[ap + a2]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            x = FloatVector.broadcast(S, a[ap + a3]);
            d30 = x.fma(b0, d30);
            d31 = x.fma(b1, d31);
            x = FloatVector.broadcast(S, a[ap + a4]);
            d40 = x.fma(b0, d40);
            d41 = x.fma(b1, d41);
            x = FloatVector.broadcast(S, a[ap + a5]);
            d50 = x.fma(b0, d50);
            d51 = x.fma(b1, d51);
        }
        d00.intoArray(c, co);
        d01.intoArray(c, co + L);
        d10.intoArray(c, c1);
        d11.intoArray(c, c1 + L);
        d20.intoArray(c, c2);
        d21.intoArray(c, c2 + L);
        d30.intoArray(c, c3);
        d31.intoArray(c, c3 + L);
        d40.intoArray(c, c4);
        d41.intoArray(c, c4 + L);
        d50.intoArray(c, c5);
        d51.intoArray(c, c5 + L);
    }

    /** {@link #micro} for four rows. */
    private static void micro4(int kc, float[] a, int ao, int aRow, int aDepth, float[] b, int bo, int bStep,
            float[] c, int co, int ldc) {
        int a2 = 2 * aRow;
        int a3 = 3 * aRow;
        int c1 = co + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector d00 = FloatVector.fromArray(S, c, co);
        FloatVector d01 = FloatVector.fromArray(S, c, co + L);
        FloatVector d10 = FloatVector.fromArray(S, c, c1);
        FloatVector d11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector d20 = FloatVector.fromArray(S, c, c2);
        FloatVector d21 = FloatVector.fromArray(S, c, c2 + L);
        FloatVector d30 = FloatVector.fromArray(S, c, c3);
        FloatVector d31 = FloatVector.fromArray(S, c, c3 + L);
        for (int p = 0, ap = ao, bp = bo; p < kc; p++, ap += aDepth, bp += bStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            x = FloatVector.broadcast(S, a[ap + aRow]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            x = FloatVector.broadcast(S, a[ap + a2]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            x = FloatVector.broadcast(S, a[ap + a3]);
            d30 = x.fma(b0, d30);
            d31 = x.fma(b1, d31);
        }
        d00.intoArray(c, co);
        d01.intoArray(c, co + L);
        d10.intoArray(c, c1);
        d11.intoArray(c, c1 + L);
        d20.intoArray(c, c2);
        d21.intoArray(c, c2 + L);
        d30.intoArray(c, c3);
        d31.intoArray(c, c3 + L);
    }

    /** {@link #micro} for three rows. */
    private static void micro3(int kc, float[] a, int ao, int aRow, int aDepth, float[] b, int bo, int bStep,
            float[] c, int co, int ldc) {
        int a2 = 2 * aRow;
        int c1 = co + ldc;
        int c2 = c1 + ldc;
        FloatVector d00 = FloatVector.fromArray(S, c, co);
        FloatVector d01 = FloatVector.fromArray(S, c, co + L);
        FloatVector d10 = FloatVector.fromArray(S, c, c1);
        FloatVector d11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector d20 = FloatVector.fromArray(S, c, c2);
        FloatVector d21 = FloatVector.fromArray(S, c, c2 + L);
        for (int p = 0, ap = ao, bp = bo; p < kc; p++, ap += aDepth, bp += bStep) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            x = FloatVector.broadcast(S, a[ap + aRow]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            x = FloatVector.broadcast(S, a[ap + a2]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
        }
        d00.intoArray(c, co);
        d01.intoArray(c, co + L);
        d10.intoArray(c, c1);
        d11.intoArray(c, c1 + L);
        d20.intoArray(c, c2);
        d21.intoArray(c, c2 + L);
    }

    /** {@link #micro} for one row. */
    private static void micro1(int kc, float[] a, int ao, int aDepth, float[] b, int bo, int bStep, float[] c,
            int co) {
        FloatVector d0 = FloatVector.fromArray(S, c, co);
        FloatVector d1 = FloatVector.fromArray(S, c, co + L);
        for (int p = 0, ap = ao, bp = bo; p < kc; p++, ap += aDepth, bp += bStep) {
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            d0 = x.fma(FloatVector.fromArray(S, b, bp), d0);
            d1 = x.fma(FloatVector.fromArray(S, b, bp + L), d1);
        }
        d0.intoArray(c, co);
        d1.intoArray(c, co + L);
    }
}
