package dev.zenneural.core.kernel;

import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Packs sixteen rows of a row-major matrix depth-major, {@code panel[p*16 + q] = x[row q][p]}, so
 * that a 512-bit load of the panel is one depth step of all sixteen rows: the transpose
 * {@link NarrowProduct} needs to run its vectors down D's columns without gathering.
 *
 * <p>A 16 x 16 transpose is four butterfly stages (stage {@code s} swaps bit {@code s} of the row
 * index with that of the lane index). Here the coarsest one is done by the loads, eight depth steps
 * at a time: row {@code r} loaded at depth {@code p} and row {@code r+8} at {@code p-8}, merged by a
 * select, hold both rows' eight values in one vector; the other three stages are a permute and a
 * select per vector on those eight vectors, which fit in registers with every constant. Per 256
 * values: 32 loads, 48 permutes and 64 selects, about 310 instructions in all, against a load per
 * value to gather them (and about 600 instructions for the same stages in two passes through a
 * scratch panel, sixteen rows in registers having made C2 spill).
 *
 * <p>Written for C2 on JDK 17: the selects are bitwise on {@code IntVector}s
 * ({@code a ^ ((a ^ b) & bits)}, one {@code vpternlogd}) rather than {@code blend}, which reloads
 * its mask into a mask register at every use; the panel is a {@code float[]} while every constant
 * vector and shuffle holds ints, so its stores do not keep C2 from hoisting those constants (and the
 * shuffles' index checks) out of the loop; and the Vector API calls are written out rather than
 * wrapped in small helpers, which C2 stops inlining in a method this size (a boxed vector is a
 * hundred times slower). Values are moved, never computed on: the panel holds the matrix's bits.
 */
final class RowPanels {

    /** Rows per panel: one 512-bit vector of floats. */
    static final int ROWS = 16;
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_512;
    /** Depth steps per round: half a vector. */
    private static final int HALF = ROWS / 2;
    /** Per stage {@code s}: the lanes with bit {@code s} set take the partner row's lane {@code l - s}. */
    private static final VectorShuffle<Integer> UP1 = up(1);
    private static final VectorShuffle<Integer> UP2 = up(2);
    private static final VectorShuffle<Integer> UP4 = up(4);
    /** Per stage {@code s}: the lanes with bit {@code s} clear take the partner row's lane {@code l + s}. */
    private static final VectorShuffle<Integer> DOWN1 = down(1);
    private static final VectorShuffle<Integer> DOWN2 = down(2);
    private static final VectorShuffle<Integer> DOWN4 = down(4);
    /** All ones in the lanes with bit {@code s} set. */
    private static final IntVector BIT1 = lanesWith(1);
    private static final IntVector BIT2 = lanesWith(2);
    private static final IntVector BIT4 = lanesWith(4);
    private static final IntVector BIT8 = lanesWith(8);

    private RowPanels() {
    }

    /**
     * Whether {@link #pack} reads only inside {@code x}: it loads whole tiles, so the depth is read
     * rounded up to a multiple of sixteen.
     */
    static boolean fits(float[] x, int off, int ld, int kc) {
        return off >= 0 && off + (long) (ROWS - 1) * ld + roundUp(kc) <= x.length;
    }

    /** {@code kc} rounded up to whole tiles. */
    static int roundUp(int kc) {
        return PanelPacking.roundUp(kc, ROWS);
    }

    /**
     * Packs rows {@code 0..15} and depths {@code 0..kc-1} of {@code x} (row {@code q} at
     * {@code off + q*ld}) into {@code panel} from {@code to}, {@code roundUp(kc) * 16} values (depths
     * past {@code kc} hold whatever follows in {@code x}). Only where {@link #fits}.
     */
    static void pack(float[] x, int off, int ld, int kc, float[] panel, int to) {
        int ld8 = 8 * ld - HALF;
        // Eight depth steps at a time: rows r and r+8 share a vector, so eight vectors hold them all.
        for (int p = 0, end = roundUp(kc); p < end; p += HALF, to += HALF * ROWS) {
            int a0 = off + p;
            int a1 = off + ld + p;
            int a2 = off + 2 * ld + p;
            int a3 = off + 3 * ld + p;
            int a4 = off + 4 * ld + p;
            int a5 = off + 5 * ld + p;
            int a6 = off + 6 * ld + p;
            int a7 = off + 7 * ld + p;
            // Stage 8 by the loads: row r in lanes 0-7, row r+8 (loaded 8 values early) in lanes 8-15.
            IntVector y0 = FloatVector.fromArray(S, x, a0).reinterpretAsInts();
            IntVector y1 = FloatVector.fromArray(S, x, a1).reinterpretAsInts();
            IntVector y2 = FloatVector.fromArray(S, x, a2).reinterpretAsInts();
            IntVector y3 = FloatVector.fromArray(S, x, a3).reinterpretAsInts();
            IntVector y4 = FloatVector.fromArray(S, x, a4).reinterpretAsInts();
            IntVector y5 = FloatVector.fromArray(S, x, a5).reinterpretAsInts();
            IntVector y6 = FloatVector.fromArray(S, x, a6).reinterpretAsInts();
            IntVector y7 = FloatVector.fromArray(S, x, a7).reinterpretAsInts();
            y0 = y0.lanewise(XOR, y0.lanewise(XOR,
                    FloatVector.fromArray(S, x, a0 + ld8).reinterpretAsInts()).and(BIT8));
            y1 = y1.lanewise(XOR, y1.lanewise(XOR,
                    FloatVector.fromArray(S, x, a1 + ld8).reinterpretAsInts()).and(BIT8));
            y2 = y2.lanewise(XOR, y2.lanewise(XOR,
                    FloatVector.fromArray(S, x, a2 + ld8).reinterpretAsInts()).and(BIT8));
            y3 = y3.lanewise(XOR, y3.lanewise(XOR,
                    FloatVector.fromArray(S, x, a3 + ld8).reinterpretAsInts()).and(BIT8));
            y4 = y4.lanewise(XOR, y4.lanewise(XOR,
                    FloatVector.fromArray(S, x, a4 + ld8).reinterpretAsInts()).and(BIT8));
            y5 = y5.lanewise(XOR, y5.lanewise(XOR,
                    FloatVector.fromArray(S, x, a5 + ld8).reinterpretAsInts()).and(BIT8));
            y6 = y6.lanewise(XOR, y6.lanewise(XOR,
                    FloatVector.fromArray(S, x, a6 + ld8).reinterpretAsInts()).and(BIT8));
            y7 = y7.lanewise(XOR, y7.lanewise(XOR,
                    FloatVector.fromArray(S, x, a7 + ld8).reinterpretAsInts()).and(BIT8));
            // Stage 4.
            IntVector y0d4 = y0.rearrange(DOWN4);
            IntVector z0 = y0.lanewise(XOR, y0.lanewise(XOR, y4.rearrange(UP4)).and(BIT4));
            IntVector z4 = y0d4.lanewise(XOR, y0d4.lanewise(XOR, y4).and(BIT4));
            IntVector y1d4 = y1.rearrange(DOWN4);
            IntVector z1 = y1.lanewise(XOR, y1.lanewise(XOR, y5.rearrange(UP4)).and(BIT4));
            IntVector z5 = y1d4.lanewise(XOR, y1d4.lanewise(XOR, y5).and(BIT4));
            IntVector y2d4 = y2.rearrange(DOWN4);
            IntVector z2 = y2.lanewise(XOR, y2.lanewise(XOR, y6.rearrange(UP4)).and(BIT4));
            IntVector z6 = y2d4.lanewise(XOR, y2d4.lanewise(XOR, y6).and(BIT4));
            IntVector y3d4 = y3.rearrange(DOWN4);
            IntVector z3 = y3.lanewise(XOR, y3.lanewise(XOR, y7.rearrange(UP4)).and(BIT4));
            IntVector z7 = y3d4.lanewise(XOR, y3d4.lanewise(XOR, y7).and(BIT4));
            // Stage 2.
            IntVector z0d2 = z0.rearrange(DOWN2);
            y0 = z0.lanewise(XOR, z0.lanewise(XOR, z2.rearrange(UP2)).and(BIT2));
            y2 = z0d2.lanewise(XOR, z0d2.lanewise(XOR, z2).and(BIT2));
            IntVector z1d2 = z1.rearrange(DOWN2);
            y1 = z1.lanewise(XOR, z1.lanewise(XOR, z3.rearrange(UP2)).and(BIT2));
            y3 = z1d2.lanewise(XOR, z1d2.lanewise(XOR, z3).and(BIT2));
            IntVector z4d2 = z4.rearrange(DOWN2);
            y4 = z4.lanewise(XOR, z4.lanewise(XOR, z6.rearrange(UP2)).and(BIT2));
            y6 = z4d2.lanewise(XOR, z4d2.lanewise(XOR, z6).and(BIT2));
            IntVector z5d2 = z5.rearrange(DOWN2);
            y5 = z5.lanewise(XOR, z5.lanewise(XOR, z7.rearrange(UP2)).and(BIT2));
            y7 = z5d2.lanewise(XOR, z5d2.lanewise(XOR, z7).and(BIT2));
            // Stage 1.
            y0.lanewise(XOR, y0.lanewise(XOR, y1.rearrange(UP1)).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to);
            IntVector y0d = y0.rearrange(DOWN1);
            y0d.lanewise(XOR, y0d.lanewise(XOR, y1).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + ROWS);
            y2.lanewise(XOR, y2.lanewise(XOR, y3.rearrange(UP1)).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 2 * ROWS);
            IntVector y2d = y2.rearrange(DOWN1);
            y2d.lanewise(XOR, y2d.lanewise(XOR, y3).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 3 * ROWS);
            y4.lanewise(XOR, y4.lanewise(XOR, y5.rearrange(UP1)).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 4 * ROWS);
            IntVector y4d = y4.rearrange(DOWN1);
            y4d.lanewise(XOR, y4d.lanewise(XOR, y5).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 5 * ROWS);
            y6.lanewise(XOR, y6.lanewise(XOR, y7.rearrange(UP1)).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 6 * ROWS);
            IntVector y6d = y6.rearrange(DOWN1);
            y6d.lanewise(XOR, y6d.lanewise(XOR, y7).and(BIT1))
                    .reinterpretAsFloats().intoArray(panel, to + 7 * ROWS);
        }
    }

    /**
     * Like {@link #pack} for the first {@code rows} rows only, the others zero, in scalar code: for
     * a lower edge, or tiles that would read past the end of {@code x}. Depths past {@code kc} are
     * left as they were.
     */
    static void packEdge(float[] x, int off, int ld, int rows, int kc, float[] panel, int to) {
        for (int p = 0; p < kc; p++) {
            int at = to + p * ROWS;
            for (int q = 0; q < rows; q++) {
                panel[at + q] = x[off + q * ld + p];
            }
            for (int q = rows; q < ROWS; q++) {
                panel[at + q] = 0f;
            }
        }
    }

    private static VectorShuffle<Integer> up(int s) {
        return VectorShuffle.fromOp(I, l -> (l & s) != 0 ? l - s : l);
    }

    private static VectorShuffle<Integer> down(int s) {
        return VectorShuffle.fromOp(I, l -> (l & s) == 0 ? l + s : l);
    }

    /** All ones in the lanes whose index has bit {@code s} set, zero in the others. */
    static IntVector lanesWith(int s) {
        int[] bits = new int[ROWS];
        for (int l = 0; l < ROWS; l++) {
            bits[l] = (l & s) != 0 ? -1 : 0;
        }
        return IntVector.fromArray(I, bits, 0);
    }
}
