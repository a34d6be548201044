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
 * <p>Each 16 x 16 tile is transposed in registers by four butterfly stages (stage {@code s} swaps
 * the bit {@code s} of the row with that of the lane), each a permute and a bitwise select per
 * vector: about a hundred and thirty AVX-512 operations for 256 values, where gathering them costs a
 * load per value. The stages run in two passes through a per-thread scratch panel, stages 1 and 2 on
 * four neighbouring rows, then 4 and 8 on rows four apart, so that no more than four rows are live
 * at once: with all sixteen in registers C2 spilled, and reloaded the permutes' index vectors for
 * every use.
 *
 * <p>Written for C2 on JDK 17: the selects are bitwise on {@code IntVector}s ({@code vpternlogd})
 * rather than {@code blend}, which reloads its mask into a mask register at every use; the panels
 * are {@code float[]} while every constant vector and shuffle holds ints, so the stores do not keep
 * C2 from hoisting those constants (and the shuffles' index checks) out of the loops; and the
 * Vector API calls are written out rather than wrapped in small helpers, which C2 stops inlining in
 * a method this size (a boxed vector is a hundred times slower). The values are moved, never
 * computed on: the panel holds the matrix's bits.
 */
final class RowPanels {

    /** Rows per panel: one 512-bit vector of floats. */
    static final int ROWS = 16;
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_512;
    private static final int TILE = ROWS * ROWS;
    /** Per stage {@code s}: the lanes with bit {@code s} set take the partner row's lane {@code l - s}. */
    private static final VectorShuffle<Integer> UP1 = up(1);
    private static final VectorShuffle<Integer> UP2 = up(2);
    private static final VectorShuffle<Integer> UP4 = up(4);
    private static final VectorShuffle<Integer> UP8 = up(8);
    /** Per stage {@code s}: the lanes with bit {@code s} clear take the partner row's lane {@code l + s}. */
    private static final VectorShuffle<Integer> DOWN1 = down(1);
    private static final VectorShuffle<Integer> DOWN2 = down(2);
    private static final VectorShuffle<Integer> DOWN4 = down(4);
    private static final VectorShuffle<Integer> DOWN8 = down(8);
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
        return (kc + ROWS - 1) / ROWS * ROWS;
    }

    /**
     * Packs rows {@code 0..15} and depths {@code 0..kc-1} of {@code x} (row {@code q} at
     * {@code off + q*ld}) into {@code panel} from {@code to}, {@code roundUp(kc) * 16} values (depths
     * past {@code kc} hold whatever follows in {@code x}). Only where {@link #fits}; {@code scratch}
     * holds at least as many values.
     */
    static void pack(float[] x, int off, int ld, int kc, float[] scratch, float[] panel, int to) {
        int tiles = roundUp(kc) / ROWS;
        nearStages(x, off, ld, tiles, scratch);
        farStages(scratch, tiles, panel, to);
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

    /**
     * Stages 1 and 2 on rows {@code 4g..4g+3} of every tile: tile {@code c} goes to
     * {@code t[c*256..]}, row {@code r} at {@code r*16}.
     */
    private static void nearStages(float[] x, int off, int ld, int tiles, float[] t) {
        for (int c = 0; c < tiles; c++) {
            for (int g = 0; g < ROWS; g += 4) {
                int at = off + c * ROWS + g * ld;
                int tat = c * TILE + g * ROWS;
                IntVector q0 = FloatVector.fromArray(S, x, at).reinterpretAsInts();
                IntVector q1 = FloatVector.fromArray(S, x, at + ld).reinterpretAsInts();
                IntVector q2 = FloatVector.fromArray(S, x, at + 2 * ld).reinterpretAsInts();
                IntVector q3 = FloatVector.fromArray(S, x, at + 3 * ld).reinterpretAsInts();
                // Stage 1: rows (0, 1) and (2, 3). A select is a ^ ((a ^ b) & bits).
                IntVector q0d = q0.rearrange(DOWN1);
                IntVector q2d = q2.rearrange(DOWN1);
                IntVector r0 = q0.lanewise(XOR, q0.lanewise(XOR, q1.rearrange(UP1)).and(BIT1));
                IntVector r1 = q0d.lanewise(XOR, q0d.lanewise(XOR, q1).and(BIT1));
                IntVector r2 = q2.lanewise(XOR, q2.lanewise(XOR, q3.rearrange(UP1)).and(BIT1));
                IntVector r3 = q2d.lanewise(XOR, q2d.lanewise(XOR, q3).and(BIT1));
                // Stage 2: rows (0, 2) and (1, 3).
                IntVector r0d = r0.rearrange(DOWN2);
                IntVector r1d = r1.rearrange(DOWN2);
                r0.lanewise(XOR, r0.lanewise(XOR, r2.rearrange(UP2)).and(BIT2)).reinterpretAsFloats()
                        .intoArray(t, tat);
                r1.lanewise(XOR, r1.lanewise(XOR, r3.rearrange(UP2)).and(BIT2)).reinterpretAsFloats()
                        .intoArray(t, tat + ROWS);
                r0d.lanewise(XOR, r0d.lanewise(XOR, r2).and(BIT2)).reinterpretAsFloats().intoArray(t, tat + 2 * ROWS);
                r1d.lanewise(XOR, r1d.lanewise(XOR, r3).and(BIT2)).reinterpretAsFloats().intoArray(t, tat + 3 * ROWS);
            }
        }
    }

    /**
     * Stages 4 and 8 on rows {@code h, h+4, h+8, h+12} of every tile of {@code x}, into the panel.
     * The same steps as {@link #nearStages} on other rows and constants: one method taking the
     * shuffles and masks as parameters ran 20 to 40 % slower (256x2x32).
     */
    private static void farStages(float[] x, int tiles, float[] t, int to) {
        for (int c = 0; c < tiles; c++) {
            for (int h = 0; h < 4; h++) {
                int at = c * TILE + h * ROWS;
                int tat = to + at;
                IntVector q0 = FloatVector.fromArray(S, x, at).reinterpretAsInts();
                IntVector q1 = FloatVector.fromArray(S, x, at + 4 * ROWS).reinterpretAsInts();
                IntVector q2 = FloatVector.fromArray(S, x, at + 8 * ROWS).reinterpretAsInts();
                IntVector q3 = FloatVector.fromArray(S, x, at + 12 * ROWS).reinterpretAsInts();
                // Stage 4: rows (h, h+4) and (h+8, h+12).
                IntVector q0d = q0.rearrange(DOWN4);
                IntVector q2d = q2.rearrange(DOWN4);
                IntVector r0 = q0.lanewise(XOR, q0.lanewise(XOR, q1.rearrange(UP4)).and(BIT4));
                IntVector r1 = q0d.lanewise(XOR, q0d.lanewise(XOR, q1).and(BIT4));
                IntVector r2 = q2.lanewise(XOR, q2.lanewise(XOR, q3.rearrange(UP4)).and(BIT4));
                IntVector r3 = q2d.lanewise(XOR, q2d.lanewise(XOR, q3).and(BIT4));
                // Stage 8: rows (h, h+8) and (h+4, h+12).
                IntVector r0d = r0.rearrange(DOWN8);
                IntVector r1d = r1.rearrange(DOWN8);
                r0.lanewise(XOR, r0.lanewise(XOR, r2.rearrange(UP8)).and(BIT8)).reinterpretAsFloats()
                        .intoArray(t, tat);
                r1.lanewise(XOR, r1.lanewise(XOR, r3.rearrange(UP8)).and(BIT8)).reinterpretAsFloats()
                        .intoArray(t, tat + 4 * ROWS);
                r0d.lanewise(XOR, r0d.lanewise(XOR, r2).and(BIT8)).reinterpretAsFloats().intoArray(t, tat + 8 * ROWS);
                r1d.lanewise(XOR, r1d.lanewise(XOR, r3).and(BIT8)).reinterpretAsFloats().intoArray(t, tat + 12 * ROWS);
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
