package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorProduct}'s path for the larger products with AVX2 (see {@link #takes}): both operands packed
 * into one array, and the same 6 x 16 register block with every index a constant offset from one
 * base and one counter.
 *
 * <p>AVX2 has 16 general registers, and {@link VectorProduct}'s block, with its variable strides and
 * two arrays, needs more: C2 kept one of its array bases in a vector register and moved it back at
 * every depth step. Here B's micro-panel is packed depth-major, 16 floats a step, and L's rows are
 * copied whole, {@link #KC} floats apart whatever the depth: the six values of a depth step are one
 * index plus constant displacements, which the instructions carry, so the block needs one index
 * register for A and one for B. One JVM, the first form of this path (A packed in micro-panels) and
 * {@link VectorProduct}'s by turns (medians of 30 pairs): 1024^3 and 256 x 1024 x 1024 1.18 times as
 * fast, 512^3 1.10, 256^3 1.08, an inference layer's 128 x 256 x 785 1.05. With L's rows copied
 * (session 14; a JVM per build and turn, 14 rounds), 144 x 256 x 785 1.12 times as fast again,
 * 144 x 128 x 257 1.35, 512^3 1.10; before, packing L into micro-panels, a value at a time six
 * floats apart, took 12 % of the first of those products. This path takes only D at least
 * {@link #MIN_COLS} wide and {@link #MIN_ROWS} tall ({@link #MIN_COLS_TRANSPOSED} and
 * {@link #MIN_ROWS_TRANSPOSED} where L is stored transposed); {@link VectorProduct} reads L in place
 * below that.
 *
 * <p>Blocking as in {@link VectorProduct} (BLIS's order): an R panel is packed first in the array,
 * then each L panel after it; an R micro-panel stays in L1 while the L panel's rows pass from L2.
 * Depths over {@link VectorProduct#KC} go in even passes ({@link PanelPacking#evenDepth}), so that
 * 785 steps are not three passes of 256 and one of 17 that still loads and stores every block of D.
 * Row counts that are not whole blocks end in {@link VectorProduct}'s smaller blocks on the packed
 * panels, as {@link VectorProduct#blockRows} cuts them (32 rows as four blocks and two of four rows,
 * not five and two single rows), right edges in a tile.
 *
 * <p>Each element of D is still {@code d = fma(l[p], r[p], d)} in increasing {@code p}, continued
 * across panels, so the bits equal {@link SuperWordProduct}'s (tested).
 */
final class PairedProduct {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int MR = VectorProduct.MR;
    private static final int NR = VectorProduct.NR;
    private static final int KC = VectorProduct.KC;
    private static final int MC = VectorProduct.MC;
    private static final int NC = VectorProduct.NC;
    /**
     * The narrowest D taken where L is row-major: two register blocks. Packing copies each of L's
     * values once per R panel, a row at a time. Against {@link VectorProduct}'s reading L in place,
     * a JVM per build and turn (8 rounds): 256 x 32 x 125 1.18-1.29 times as fast, 256 x 64 x 125
     * 1.36, 512 x 64 x 512 1.31, 256 x 126 x 32 1.35; one register block wide, 256 x 16 x 125 1.19
     * but 256 x 16 x 15 0.79 (a training chunk's first layer on the building data set).
     */
    static final int MIN_COLS = 2 * NR;
    /**
     * The narrowest D taken where L is stored transposed: eight register blocks. Copying L's rows
     * is then a transpose, which narrow D does not win back: the slopes' 126 x 32 x 256 (L^T) ran
     * at 36-47 GFLOP/s against 44-59 reading L in place (JVMs by turns). From 128 columns this path
     * is as fast as, or faster than, its first form, which packed L^T six values a step
     * (512^3 55-61 against 45-54 GFLOP/s, 126 x 256 x 256 54-63 against 46-53).
     */
    static final int MIN_COLS_TRANSPOSED = 8 * NR;
    /**
     * The shortest block of D's rows taken where L is row-major: four register blocks. Below one L
     * panel ({@link #MC} rows), {@link VectorProduct} reads both operands in place, so this path's
     * packing must win back a copy of R; L's rows are one {@code arraycopy} each, and row counts
     * that are not whole blocks end in {@link VectorProduct#blockRows} blocks as there. Against
     * reading in place, a JVM per build and turn (8 rounds), each product on the same operands
     * every call: the shapes of mushroom's training products 32 x 256 x 125 1.24 and 32 x 125 x 256
     * 1.09 times as fast, 24 x 256 x 125 1.08, 48 x 256 x 32 1.42, 72 x 256 x 16 1.28,
     * 40 x 100 x 200 1.34, 64^3 1.16, and at depths of 2 to 12 (32, 48 and 24 rows) 0.96-1.22; from
     * 12 to 20 rows no gain or a loss (12 x 256 x 125 0.84, 20 x 256 x 21 0.85, 20 x 256 x 125
     * 0.99). Batched inference on 32 and 64 rows ran 1.23 and 1.45 times as fast; mushroom's
     * training epochs, whose products read each chunk's inputs from the columns of all the pairs,
     * not measurably (0.96-1.19 in five runs).
     */
    static final int MIN_ROWS = 4 * MR;
    /**
     * The shortest block of D's rows taken where L is stored transposed: more than one L panel (its
     * copy is then a transpose; shorter D was not measured on this path).
     */
    static final int MIN_ROWS_TRANSPOSED = MC + 1;

    private PairedProduct() {
    }

    /**
     * Whether this JVM's vectors are AVX2's: its block is written for 8-float vectors, and AVX-512
     * has {@link WideProduct}.
     */
    static boolean worthwhile() {
        return L == 8;
    }

    /**
     * Whether a block of {@code rows} rows of D {@code cols} wide, with L row-major or not, goes
     * through this path.
     */
    static boolean takes(int rows, int cols, boolean lRowMajor) {
        return lRowMajor ? rows >= MIN_ROWS && cols >= MIN_COLS
                : rows >= MIN_ROWS_TRANSPOSED && cols >= MIN_COLS_TRANSPOSED;
    }

    /** {@link PanelProduct#rows}, for a block that {@link #takes} takes. */
    static void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        PanelScratch scratch = PanelScratch.ofThread();
        int kcMax = PanelPacking.evenDepth(k, KC);
        int rSize = PanelPacking.roundUp(Math.min(NC, cols), NR) * kcMax;
        // Both panels in the R panel's storage: the R panel first, each L panel after it.
        float[] ab = scratch.rPanel(rSize + Math.min(MC, i1 - i0) * KC);
        float[] tile = scratch.tile(MR * NR);
        for (int jc = 0; jc < cols; jc += NC) {
            int nc = Math.min(NC, cols - jc);
            for (int pc = 0; pc < k; pc += kcMax) {
                int kc = Math.min(kcMax, k - pc);
                VectorPacking.packR(r, rOff, ldr, rRowMajor, rScale, pc, kc, jc, nc, NR, kc, 0f, ab, 0);
                for (int ic = i0; ic < i1; ic += MC) {
                    int mc = Math.min(MC, i1 - ic);
                    PanelPacking.packRows(l, lOff, ldl, lRowMajor, lScale, ic, mc, pc, kc, ab, rSize, KC);
                    int at = dOff + ic * dRow + jc * dCol;
                    for (int jr = 0; jr < nc; jr += NR) {
                        int nr = Math.min(NR, nc - jr);
                        int bo = jr * kc;
                        for (int ir = 0, mr; ir < mc; ir += mr) {
                            mr = VectorProduct.blockRows(mc - ir);
                            int ao = rSize + ir * KC;
                            int dAt = at + ir * dRow + jr * dCol;
                            if (dCol == 1 && nr == NR) {
                                block(kc, mr, ab, ao, bo, d, dAt, dRow);
                            } else {
                                PanelPacking.loadTile(d, dAt, dRow, dCol, mr, nr, tile, NR);
                                block(kc, mr, ab, ao, bo, tile, 0, NR);
                                PanelPacking.storeTile(tile, NR, mr, nr, d, dAt, dRow, dCol);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A whole register block, a four-row block ({@link VectorProduct#blockRows} cuts rows that are
     * not whole blocks into them), or another lower edge in {@link VectorProduct}'s smaller blocks.
     */
    private static void block(int kc, int mr, float[] ab, int ao, int bo, float[] c, int co, int ldc) {
        if (mr == MR) {
            micro(kc, ab, ao, bo, c, co, ldc);
        } else if (mr == 4) {
            micro4(kc, ab, ao, bo, c, co, ldc);
        } else {
            VectorProduct.block(kc, mr, ab, ao, KC, 1, ab, bo, NR, c, co, ldc);
        }
    }

    /**
     * {@code C[0:MR, 0:NR] += A * B} on packed panels in one array: A's element (i, p) at
     * {@code ab[ao + i*KC + p]}, B's (p, j) at {@code ab[bo + p*NR + j]}, C's (i, j) at
     * {@code c[co + i*ldc + j]}. One depth step a turn: two steps (as {@link WideProduct} takes) need
     * more vector registers than AVX2 has, and ran at 0.7 times this speed.
     */
    private static void micro(int kc, float[] ab, int ao, int bo, float[] c, int co, int ldc) {
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
        // A's index is the loop counter, so C2 checks its six loads once, before the loop; as
        // ao + p * 6 (A in micro-panels) C2 turned p * 6 into two shifts and an add, no longer saw an
        // index linear in p, and checked and recomputed it at every step (JDK 17). B's index is left
        // to be checked at every step: with both checked before the loop (both indexes shifts of one
        // counter), C2 loaded all six broadcasts first and spilled accumulators to the stack, and
        // 512^3 ran at 26-37 GFLOP/s against 70-81 (one JVM each, in turn).
        int bp = bo;
        for (int ap = ao, end = ao + kc; ap < end; ap++, bp += NR) {
            FloatVector b0 = FloatVector.fromArray(S, ab, bp);
            FloatVector b1 = FloatVector.fromArray(S, ab, bp + L);
            FloatVector x = FloatVector.broadcast(S, ab[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            x = FloatVector.broadcast(S, ab[ap + KC]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            x = FloatVector.broadcast(S, ab[ap + 2 * KC]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            x = FloatVector.broadcast(S, ab[ap + 3 * KC]);
            d30 = x.fma(b0, d30);
            d31 = x.fma(b1, d31);
            x = FloatVector.broadcast(S, ab[ap + 4 * KC]);
            d40 = x.fma(b0, d40);
            d41 = x.fma(b1, d41);
            x = FloatVector.broadcast(S, ab[ap + 5 * KC]);
            d50 = x.fma(b0, d50);
            d51 = x.fma(b1, d51);
        }
        d00.intoArray(c, co);
        d01.intoArray(c, co + L);
        d10.intoArray(c, co + ldc);
        d11.intoArray(c, co + ldc + L);
        d20.intoArray(c, co + 2 * ldc);
        d21.intoArray(c, co + 2 * ldc + L);
        d30.intoArray(c, co + 3 * ldc);
        d31.intoArray(c, co + 3 * ldc + L);
        d40.intoArray(c, co + 4 * ldc);
        d41.intoArray(c, co + 4 * ldc + L);
        d50.intoArray(c, co + 5 * ldc);
        d51.intoArray(c, co + 5 * ldc + L);
    }

    /**
     * {@link #micro} for four rows, with its indexing, in place of {@link VectorProduct}'s four-row
     * kernel (whose A index is {@code ao + p * aDepth} for any layout). Against that one, a JVM per
     * build and turn (10 rounds): 32 x 256 x 125 1.06, 28 x 256 x 125 1.03, mushroom's RPROP epochs
     * 1.13. A row here still takes about 1.7 times as long as one of {@link #micro}'s (JFR samples of
     * mushroom's epoch, where 32 rows run as four blocks of six and two of four): eight multiply-adds
     * a step for the same two loads of B.
     */
    private static void micro4(int kc, float[] ab, int ao, int bo, float[] c, int co, int ldc) {
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
        int bp = bo;
        for (int ap = ao, end = ao + kc; ap < end; ap++, bp += NR) {
            FloatVector b0 = FloatVector.fromArray(S, ab, bp);
            FloatVector b1 = FloatVector.fromArray(S, ab, bp + L);
            FloatVector x = FloatVector.broadcast(S, ab[ap]);
            d00 = x.fma(b0, d00);
            d01 = x.fma(b1, d01);
            x = FloatVector.broadcast(S, ab[ap + KC]);
            d10 = x.fma(b0, d10);
            d11 = x.fma(b1, d11);
            x = FloatVector.broadcast(S, ab[ap + 2 * KC]);
            d20 = x.fma(b0, d20);
            d21 = x.fma(b1, d21);
            x = FloatVector.broadcast(S, ab[ap + 3 * KC]);
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
}
