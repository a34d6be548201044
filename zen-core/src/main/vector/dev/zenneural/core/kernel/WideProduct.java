package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorProduct}'s path for large products with AVX-512: both operands packed, and a register
 * block of 7 rows by three vectors (48 columns) instead of 6 by two.
 *
 * <p>Per depth step the block issues 21 fused multiply-adds for three loads and seven broadcasts,
 * against 12 for two and six in {@link VectorProduct}'s block, and its packed panels let every
 * index be a constant offset from one base, so that C2 checks ranges once per two steps instead of
 * once per value (that block, with its variable strides, spends more instructions on checks and
 * addresses than on arithmetic). Seven rows, not eight: with 24 accumulators C2 ran out of
 * registers in some JVMs, kept the three R vectors on the stack and reloaded them for every
 * multiply-add, at half the speed; 21 accumulators, three R vectors and a broadcast leave AVX-512's
 * 32 registers room.
 *
 * <p>Blocking as in BLIS, with the loops inside a panel turned round: an R panel ({@link #KC} x
 * {@link #NC}, 768 KiB) and an L panel ({@link #MC} x {@link #KC}) are packed into L2; each L
 * micro-panel (7 x 512, 14 KiB) stays in L1 while the R micro-panels stream past it, and D is swept
 * a strip of seven rows at a time, left to right, which the hardware prefetcher follows. A deep
 * panel means D is loaded and stored once per 512 depth steps. Edges run the same kernel on a tile:
 * the packed panels are padded with zeros, and only the tile's valid part is copied back. The sizes
 * suit this machine's 48 KiB L1 and 2 MiB L2 (Sapphire Rapids); cores with a 1 MiB L2 would want a
 * narrower R panel.
 *
 * <p>Each element of D is still {@code d = fma(l[p], r[p], d)} in increasing {@code p}, continued
 * across panels, so the bits equal {@link SuperWordProduct}'s (tested).
 */
final class WideProduct {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the register block. */
    static final int MR = 7;
    /** Columns of the register block: three vectors. */
    static final int NR = 3 * L;
    /** Depth of one panel. */
    static final int KC = 512;
    /** Height of one L panel, a multiple of {@link #MR}. */
    static final int MC = 20 * MR;
    /** Width of one R panel, a multiple of {@link #NR}. */
    static final int NC = 8 * NR;
    /**
     * The narrowest D taken: two register blocks. Below it packing L costs too much per product
     * and {@link VectorProduct} reads L in place.
     */
    static final int MIN_COLS = 2 * NR;
    /** The shortest block of D's rows taken: more than one of {@link VectorProduct}'s L panels. */
    static final int MIN_ROWS = VectorProduct.MC + 1;

    private WideProduct() {
    }

    /** Whether this JVM's vectors are AVX-512's: AVX2's 16 registers cannot hold the block. */
    static boolean worthwhile() {
        return L == 16;
    }

    /** Whether a block of {@code rows} rows of D {@code cols} wide goes through this path. */
    static boolean takes(int rows, int cols) {
        return rows >= MIN_ROWS && cols >= MIN_COLS;
    }

    /** {@link PanelProduct#rows}, for a block that {@link #takes} takes. */
    static void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        PanelScratch scratch = PanelScratch.ofThread();
        int kcMax = Math.min(KC, k + (k & 1));
        float[] rp = scratch.rPanel(PanelPacking.roundUp(Math.min(NC, cols), NR) * kcMax);
        float[] lp = scratch.lPanel(PanelPacking.roundUp(Math.min(MC, i1 - i0), MR) * kcMax);
        float[] tile = scratch.tile(MR * NR);
        for (int jc = 0; jc < cols; jc += NC) {
            int nc = Math.min(NC, cols - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                // The kernel takes two depth steps a turn. An odd panel gets one more step whose every
                // term is 0 * -0 = -0, and fma(0, -0, d) is d for every d, signed zeros included.
                int depth = kc + (kc & 1);
                VectorPacking.packR(r, rOff, ldr, rRowMajor, rScale, pc, kc, jc, nc, NR, depth, -0f, rp, 0);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    PanelPacking.packL(l, lOff, ldl, lRowMajor, lScale, ic, mc, pc, kc, MR, depth, 0f, lp);
                    int at = dOff + ic * dRow + jc * dCol;
                    for (int ir = 0; ir < mc; ir += MR) {
                        int mr = Math.min(MR, mc - ir);
                        for (int jr = 0; jr < nc; jr += NR) {
                            int nr = Math.min(NR, nc - jr);
                            int dAt = at + ir * dRow + jr * dCol;
                            if (dCol == 1 && mr == MR && nr == NR) {
                                micro(depth, lp, ir * depth, rp, jr * depth, d, dAt, dRow);
                            } else {
                                PanelPacking.loadTile(d, dAt, dRow, dCol, mr, nr, tile, NR);
                                micro(depth, lp, ir * depth, rp, jr * depth, tile, 0, NR);
                                PanelPacking.storeTile(tile, NR, mr, nr, d, dAt, dRow, dCol);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code C[0:MR, 0:NR] += A * B} on packed micro-panels of an even depth {@code kc}: A's element
     * (i, p) at {@code a[ao + p*MR + i]}, B's (p, j) at {@code b[bo + p*NR + j]}, C's (i, j) at
     * {@code c[co + i*ldc + j]}. Two depth steps a turn, every index a constant offset from one base
     * per turn, so that C2 checks the ranges once per turn. Row offsets into C are recomputed for the
     * stores rather than kept through the loop, where they would take registers.
     */
    private static void micro(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc) {
        int r1 = co + ldc;
        int r2 = r1 + ldc;
        int r3 = r2 + ldc;
        int r4 = r3 + ldc;
        int r5 = r4 + ldc;
        int r6 = r5 + ldc;
        FloatVector d00 = FloatVector.fromArray(S, c, co);
        FloatVector d01 = FloatVector.fromArray(S, c, co + L);
        FloatVector d02 = FloatVector.fromArray(S, c, co + 2 * L);
        FloatVector d10 = FloatVector.fromArray(S, c, r1);
        FloatVector d11 = FloatVector.fromArray(S, c, r1 + L);
        FloatVector d12 = FloatVector.fromArray(S, c, r1 + 2 * L);
        FloatVector d20 = FloatVector.fromArray(S, c, r2);
        FloatVector d21 = FloatVector.fromArray(S, c, r2 + L);
        FloatVector d22 = FloatVector.fromArray(S, c, r2 + 2 * L);
        FloatVector d30 = FloatVector.fromArray(S, c, r3);
        FloatVector d31 = FloatVector.fromArray(S, c, r3 + L);
        FloatVector d32 = FloatVector.fromArray(S, c, r3 + 2 * L);
        FloatVector d40 = FloatVector.fromArray(S, c, r4);
        FloatVector d41 = FloatVector.fromArray(S, c, r4 + L);
        FloatVector d42 = FloatVector.fromArray(S, c, r4 + 2 * L);
        FloatVector d50 = FloatVector.fromArray(S, c, r5);
        FloatVector d51 = FloatVector.fromArray(S, c, r5 + L);
        FloatVector d52 = FloatVector.fromArray(S, c, r5 + 2 * L);
        FloatVector d60 = FloatVector.fromArray(S, c, r6);
        FloatVector d61 = FloatVector.fromArray(S, c, r6 + L);
        FloatVector d62 = FloatVector.fromArray(S, c, r6 + 2 * L);
        FloatVector b0;
        FloatVector b1;
        FloatVector b2;
        FloatVector x;
        for (int p = 0; p < kc; p += 2) {
            int ap = ao + p * MR;
            int bp = bo + p * NR;
            b0 = FloatVector.fromArray(S, b, bp);
            b1 = FloatVector.fromArray(S, b, bp + L);
            b2 = FloatVector.fromArray(S, b, bp + 2 * L);
            x = FloatVector.broadcast(S, a[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            d02 = x.fma(b2, d02);
            x = FloatVector.broadcast(S, a[ap + 1]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            d12 = x.fma(b2, d12);
            x = FloatVector.broadcast(S, a[ap + 2]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            d22 = x.fma(b2, d22);
            x = FloatVector.broadcast(S, a[ap + 3]);
            d30 = x.fma(b0, d30);
            d31 = x.fma(b1, d31);
            d32 = x.fma(b2, d32);
            x = FloatVector.broadcast(S, a[ap + 4]);
            d40 = x.fma(b0, d40);
            d41 = x.fma(b1, d41);
            d42 = x.fma(b2, d42);
            x = FloatVector.broadcast(S, a[ap + 5]);
            d50 = x.fma(b0, d50);
            d51 = x.fma(b1, d51);
            d52 = x.fma(b2, d52);
            x = FloatVector.broadcast(S, a[ap + 6]);
            d60 = x.fma(b0, d60);
            d61 = x.fma(b1, d61);
            d62 = x.fma(b2, d62);
            b0 = FloatVector.fromArray(S, b, bp + NR);
            b1 = FloatVector.fromArray(S, b, bp + NR + L);
            b2 = FloatVector.fromArray(S, b, bp + NR + 2 * L);
            x = FloatVector.broadcast(S, a[ap + 7]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            d02 = x.fma(b2, d02);
            x = FloatVector.broadcast(S, a[ap + 8]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            d12 = x.fma(b2, d12);
            x = FloatVector.broadcast(S, a[ap + 9]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            d22 = x.fma(b2, d22);
            x = FloatVector.broadcast(S, a[ap + 10]);
            d30 = x.fma(b0, d30);
            d31 = x.fma(b1, d31);
            d32 = x.fma(b2, d32);
            x = FloatVector.broadcast(S, a[ap + 11]);
            d40 = x.fma(b0, d40);
            d41 = x.fma(b1, d41);
            d42 = x.fma(b2, d42);
            x = FloatVector.broadcast(S, a[ap + 12]);
            d50 = x.fma(b0, d50);
            d51 = x.fma(b1, d51);
            d52 = x.fma(b2, d52);
            x = FloatVector.broadcast(S, a[ap + 13]);
            d60 = x.fma(b0, d60);
            d61 = x.fma(b1, d61);
            d62 = x.fma(b2, d62);
        }
        d00.intoArray(c, co);
        d01.intoArray(c, co + L);
        d02.intoArray(c, co + 2 * L);
        d10.intoArray(c, co + ldc);
        d11.intoArray(c, co + ldc + L);
        d12.intoArray(c, co + ldc + 2 * L);
        d20.intoArray(c, co + 2 * ldc);
        d21.intoArray(c, co + 2 * ldc + L);
        d22.intoArray(c, co + 2 * ldc + 2 * L);
        d30.intoArray(c, co + 3 * ldc);
        d31.intoArray(c, co + 3 * ldc + L);
        d32.intoArray(c, co + 3 * ldc + 2 * L);
        d40.intoArray(c, co + 4 * ldc);
        d41.intoArray(c, co + 4 * ldc + L);
        d42.intoArray(c, co + 4 * ldc + 2 * L);
        d50.intoArray(c, co + 5 * ldc);
        d51.intoArray(c, co + 5 * ldc + L);
        d52.intoArray(c, co + 5 * ldc + 2 * L);
        d60.intoArray(c, co + 6 * ldc);
        d61.intoArray(c, co + 6 * ldc + L);
        d62.intoArray(c, co + 6 * ldc + 2 * L);
    }
}
