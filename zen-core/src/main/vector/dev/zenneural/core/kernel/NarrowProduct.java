package dev.zenneural.core.kernel;

import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The panel product for D of one to {@link #MAX_COLS} columns, far narrower than
 * {@link VectorProduct}'s register block, such as a network's output layer on a batch of rows:
 * vectors run down D's columns, sixteen rows at a time, with one accumulator per column.
 *
 * <p>Where L is stored transposed its columns are contiguous and are read in place, one vector per
 * depth step. Row-major L (the common case: a batch of rows times a layer's weights) is first packed
 * depth-major by {@link RowPanels}, sixteen rows to a panel, {@link #BLOCK_ROWS} rows and
 * {@link #KC} depth steps at a time; the depth loop then runs on four panels and up to two columns
 * at once, eight independent accumulators, enough to keep both FMA ports busy. D's block is staged
 * in a small scratch array for the whole depth and written back once. Gathering L's values instead
 * (the kernel's first form) cost a load per value and ran at 5 to 10 GFLOP/s on 256x2x32.
 *
 * <p>Each element of D is {@code d = fma(l[p] * lScale, r[p] * rScale, d)} in increasing {@code p},
 * as everywhere in {@link Sgemm} (a scale of 1 multiplies exactly, and packing moves bits), so the
 * bits equal the other products' (tested). Rows past the last whole vector of transposed L go
 * through the same chain in scalar code.
 *
 * <p>Only with AVX-512's sixteen floats to a vector ({@link #worthwhile()}): the panels are sixteen
 * rows wide and their transpose is written for 512-bit vectors.
 */
final class NarrowProduct {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /**
     * The widest D this kernel is handed: every D narrower than {@link VectorProduct}'s register
     * blocks take (at 1024x5x64 and 256x6x32 it ran at twice the SuperWord product's speed).
     */
    static final int MAX_COLS = VectorProduct.MIN_BLOCK_COLS - 1;
    /** Rows packed and multiplied at a time: four panels, whose four accumulators per column hide the FMA latency. */
    static final int BLOCK_ROWS = 4 * RowPanels.ROWS;
    /** Depth steps packed at a time: four panels of this depth take 64 KiB. */
    static final int KC = 256;
    private static final int PANEL = KC * RowPanels.ROWS;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_512;
    /** Lane {@code l} takes lane {@code 2l} (mod 16): a vector's even lanes, twice. */
    private static final VectorShuffle<Integer> EVEN = VectorShuffle.fromOp(I, l -> 2 * l % RowPanels.ROWS);
    /** Lane {@code l} takes lane {@code 2l + 1} (mod 16). */
    private static final VectorShuffle<Integer> ODD = VectorShuffle.fromOp(I, l -> (2 * l + 1) % RowPanels.ROWS);
    /** Lane {@code l} takes lane {@code l / 2}: the first half, each value twice. */
    private static final VectorShuffle<Integer> LOW_PAIRS = VectorShuffle.fromOp(I, l -> l / 2);
    /** Lane {@code l} takes lane {@code 8 + l / 2}: the second half, each value twice. */
    private static final VectorShuffle<Integer> HIGH_PAIRS = VectorShuffle.fromOp(I, l -> RowPanels.ROWS / 2 + l / 2);
    private static final IntVector HIGH_HALF = RowPanels.lanesWith(8);
    private static final IntVector ODD_LANES = RowPanels.lanesWith(1);
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private NarrowProduct() {
    }

    /** Whether this JVM's vectors hold sixteen floats. */
    static boolean worthwhile() {
        return L >= RowPanels.ROWS;
    }

    /** {@link PanelProduct#rows}, for any {@code cols}; meant for at most {@link #MAX_COLS}. */
    static void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        if (lRowMajor) {
            packed(i0, i1, k, cols, l, lOff, ldl, lScale, r, rOff, ldr, rRowMajor, rScale, d, dOff, dRow, dCol);
        } else {
            inPlace(i0, i1, k, cols, l, lOff, ldl, lScale, r, rOff, ldr, rRowMajor, rScale, d, dOff, dRow, dCol);
        }
    }

    /** Row-major L, packed a block of rows at a time (see the class comment). */
    private static void packed(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, float lScale, float[] r,
            int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        Scratch scratch = SCRATCH.get();
        float[] panel = scratch.panels;
        float[] acc = scratch.acc;
        int rDepth = rRowMajor ? ldr : 1;
        int rCol = rRowMajor ? 1 : ldr;
        for (int i = i0; i < i1; i += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, i1 - i);
            int dAt = dOff + i * dRow;
            loadBlock(d, dAt, dRow, dCol, rows, cols, acc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                for (int g = 0; g * RowPanels.ROWS < rows; g++) {
                    int height = Math.min(RowPanels.ROWS, rows - g * RowPanels.ROWS);
                    int off = lOff + (i + g * RowPanels.ROWS) * ldl + pc;
                    if (height == RowPanels.ROWS && RowPanels.fits(l, off, ldl, kc)) {
                        RowPanels.pack(l, off, ldl, kc, panel, g * PANEL);
                    } else {
                        RowPanels.packEdge(l, off, ldl, height, kc, panel, g * PANEL);
                    }
                    if (lScale != 1f) {
                        scale(panel, g * PANEL, kc, lScale);
                    }
                }
                // Panels past the block's rows hold an earlier block's values: their sums are never stored.
                int ro = rOff + pc * rDepth;
                int j = 0;
                for (; j + 2 <= cols; j += 2) {
                    twoColumns(kc, panel, r, ro + j * rCol, rDepth, ro + (j + 1) * rCol, rScale, acc, j * BLOCK_ROWS);
                }
                if (j < cols) {
                    oneColumn(kc, panel, r, ro + j * rCol, rDepth, rScale, acc, j * BLOCK_ROWS);
                }
            }
            storeBlock(acc, rows, cols, d, dAt, dRow, dCol);
        }
    }

    /**
     * Four panels' {@code D += L * R} on two columns of D: accumulators at {@code acc[at..]} (the
     * first column's 64 rows, then the second's), R's columns at {@code r0} and {@code r1}.
     */
    private static void twoColumns(int kc, float[] panel, float[] r, int r0, int rDepth, int r1, float rScale,
            float[] acc, int at) {
        int second = at + BLOCK_ROWS;
        FloatVector a0 = FloatVector.fromArray(S, acc, at);
        FloatVector a1 = FloatVector.fromArray(S, acc, at + L);
        FloatVector a2 = FloatVector.fromArray(S, acc, at + 2 * L);
        FloatVector a3 = FloatVector.fromArray(S, acc, at + 3 * L);
        FloatVector b0 = FloatVector.fromArray(S, acc, second);
        FloatVector b1 = FloatVector.fromArray(S, acc, second + L);
        FloatVector b2 = FloatVector.fromArray(S, acc, second + 2 * L);
        FloatVector b3 = FloatVector.fromArray(S, acc, second + 3 * L);
        for (int p = 0, lp = 0, rp = 0; p < kc; p++, lp += L, rp += rDepth) {
            FloatVector x = FloatVector.broadcast(S, r[r0 + rp] * rScale);
            FloatVector y = FloatVector.broadcast(S, r[r1 + rp] * rScale);
            FloatVector l0 = FloatVector.fromArray(S, panel, lp);
            FloatVector l1 = FloatVector.fromArray(S, panel, lp + PANEL);
            FloatVector l2 = FloatVector.fromArray(S, panel, lp + 2 * PANEL);
            FloatVector l3 = FloatVector.fromArray(S, panel, lp + 3 * PANEL);
            a0 = l0.fma(x, a0);
            b0 = l0.fma(y, b0);
            a1 = l1.fma(x, a1);
            b1 = l1.fma(y, b1);
            a2 = l2.fma(x, a2);
            b2 = l2.fma(y, b2);
            a3 = l3.fma(x, a3);
            b3 = l3.fma(y, b3);
        }
        a0.intoArray(acc, at);
        a1.intoArray(acc, at + L);
        a2.intoArray(acc, at + 2 * L);
        a3.intoArray(acc, at + 3 * L);
        b0.intoArray(acc, second);
        b1.intoArray(acc, second + L);
        b2.intoArray(acc, second + 2 * L);
        b3.intoArray(acc, second + 3 * L);
    }

    /** {@link #twoColumns} for one column. */
    private static void oneColumn(int kc, float[] panel, float[] r, int r0, int rDepth, float rScale, float[] acc,
            int at) {
        FloatVector a0 = FloatVector.fromArray(S, acc, at);
        FloatVector a1 = FloatVector.fromArray(S, acc, at + L);
        FloatVector a2 = FloatVector.fromArray(S, acc, at + 2 * L);
        FloatVector a3 = FloatVector.fromArray(S, acc, at + 3 * L);
        for (int p = 0, lp = 0, rp = r0; p < kc; p++, lp += L, rp += rDepth) {
            FloatVector x = FloatVector.broadcast(S, r[rp] * rScale);
            a0 = FloatVector.fromArray(S, panel, lp).fma(x, a0);
            a1 = FloatVector.fromArray(S, panel, lp + PANEL).fma(x, a1);
            a2 = FloatVector.fromArray(S, panel, lp + 2 * PANEL).fma(x, a2);
            a3 = FloatVector.fromArray(S, panel, lp + 3 * PANEL).fma(x, a3);
        }
        a0.intoArray(acc, at);
        a1.intoArray(acc, at + L);
        a2.intoArray(acc, at + 2 * L);
        a3.intoArray(acc, at + 3 * L);
    }

    /** Multiplies the first {@code kc} depth steps of the panel at {@code at} by {@code scale}, rounding as Sgemm's {@code alpha * a} does. */
    private static void scale(float[] panel, int at, int kc, float scale) {
        for (int p = at, end = at + kc * RowPanels.ROWS; p < end; p += L) {
            FloatVector.fromArray(S, panel, p).mul(scale).intoArray(panel, p);
        }
    }

    /**
     * Copies D's block ({@code rows x cols} at {@code at}) into {@code acc}: column {@code j} at
     * {@code j * BLOCK_ROWS}. A whole block of contiguous C of one or two columns (an output layer's)
     * moves in vectors; any other, value by value.
     */
    private static void loadBlock(float[] d, int at, int dRow, int dCol, int rows, int cols, float[] acc) {
        if (rows == BLOCK_ROWS && dCol == 1 && dRow == cols && cols <= 2) {
            for (int q = 0; q < BLOCK_ROWS; q += L) {
                if (cols == 1) {
                    FloatVector.fromArray(S, d, at + q).intoArray(acc, q);
                } else {
                    IntVector v0 = FloatVector.fromArray(S, d, at + 2 * q).reinterpretAsInts();
                    IntVector v1 = FloatVector.fromArray(S, d, at + 2 * q + L).reinterpretAsInts();
                    select(v0.rearrange(EVEN), v1.rearrange(EVEN), HIGH_HALF).intoArray(acc, q);
                    select(v0.rearrange(ODD), v1.rearrange(ODD), HIGH_HALF).intoArray(acc, BLOCK_ROWS + q);
                }
            }
            return;
        }
        for (int j = 0; j < cols; j++) {
            for (int q = 0, src = at + j * dCol, to = j * BLOCK_ROWS; q < rows; q++, src += dRow) {
                acc[to + q] = d[src];
            }
        }
    }

    /** The inverse of {@link #loadBlock}. */
    private static void storeBlock(float[] acc, int rows, int cols, float[] d, int at, int dRow, int dCol) {
        if (rows == BLOCK_ROWS && dCol == 1 && dRow == cols && cols <= 2) {
            for (int q = 0; q < BLOCK_ROWS; q += L) {
                if (cols == 1) {
                    FloatVector.fromArray(S, acc, q).intoArray(d, at + q);
                } else {
                    IntVector c0 = FloatVector.fromArray(S, acc, q).reinterpretAsInts();
                    IntVector c1 = FloatVector.fromArray(S, acc, BLOCK_ROWS + q).reinterpretAsInts();
                    select(c0.rearrange(LOW_PAIRS), c1.rearrange(LOW_PAIRS), ODD_LANES).intoArray(d, at + 2 * q);
                    select(c0.rearrange(HIGH_PAIRS), c1.rearrange(HIGH_PAIRS), ODD_LANES).intoArray(d, at + 2 * q + L);
                }
            }
            return;
        }
        for (int j = 0; j < cols; j++) {
            for (int q = 0, dst = at + j * dCol, from = j * BLOCK_ROWS; q < rows; q++, dst += dRow) {
                d[dst] = acc[from + q];
            }
        }
    }

    /**
     * {@code a} in the lanes where {@code bits} is zero, {@code b} where it is all ones, as floats:
     * bitwise ({@code vpternlogd}), as {@link RowPanels} explains.
     */
    private static FloatVector select(IntVector a, IntVector b, IntVector bits) {
        return a.lanewise(XOR, a.lanewise(XOR, b).and(bits)).reinterpretAsFloats();
    }

    /** L stored transposed: its columns are read in place, a vector of rows per depth step. */
    private static void inPlace(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        int[] dRows = SCRATCH.get().dRows;
        int rDepth = rRowMajor ? ldr : 1;
        int rCol = rRowMajor ? 1 : ldr;
        for (int q = 0; q < L; q++) {
            dRows[q] = q * dRow;
        }
        int i = i0;
        for (; i + L <= i1; i += L) {
            for (int j = 0; j < cols; j += 4) {
                block(Math.min(4, cols - j), k, l, lOff + i, ldl, lScale, r, rOff + j * rCol, rDepth, rCol, rScale, d,
                        dOff + i * dRow + j * dCol, dCol, dRows);
            }
        }
        for (; i < i1; i++) {
            for (int j = 0; j < cols; j++) {
                int at = dOff + i * dRow + j * dCol;
                float acc = d[at];
                for (int p = 0, lp = lOff + i, rp = rOff + j * rCol; p < k; p++, lp += ldl, rp += rDepth) {
                    acc = Math.fma(l[lp] * lScale, r[rp] * rScale, acc);
                }
                d[at] = acc;
            }
        }
    }

    /**
     * {@code D += L * R} on one vector of D's rows and {@code count <= 4} of its columns: L's column
     * of those rows at {@code lo} (depth stride {@code ldl}), R's columns at {@code ro}, D at
     * {@code dAt} (row offsets {@code dRows}). With fewer than four columns the idle accumulators
     * repeat the last column and are not stored: that costs a few multiply-adds, where a second pass
     * would read L again.
     */
    private static void block(int count, int k, float[] l, int lo, int ldl, float lScale, float[] r, int ro,
            int rDepth, int rCol, float rScale, float[] d, int dAt, int dCol, int[] dRows) {
        int last = count - 1;
        int r1 = Math.min(1, last) * rCol;
        int r2 = Math.min(2, last) * rCol;
        int r3 = Math.min(3, last) * rCol;
        FloatVector d0 = FloatVector.fromArray(S, d, dAt, dRows, 0);
        FloatVector d1 = FloatVector.fromArray(S, d, dAt + Math.min(1, last) * dCol, dRows, 0);
        FloatVector d2 = FloatVector.fromArray(S, d, dAt + Math.min(2, last) * dCol, dRows, 0);
        FloatVector d3 = FloatVector.fromArray(S, d, dAt + Math.min(3, last) * dCol, dRows, 0);
        for (int p = 0, lp = lo, rp = ro; p < k; p++, lp += ldl, rp += rDepth) {
            FloatVector a = FloatVector.fromArray(S, l, lp).mul(lScale);
            d0 = a.fma(FloatVector.broadcast(S, r[rp] * rScale), d0);
            d1 = a.fma(FloatVector.broadcast(S, r[rp + r1] * rScale), d1);
            d2 = a.fma(FloatVector.broadcast(S, r[rp + r2] * rScale), d2);
            d3 = a.fma(FloatVector.broadcast(S, r[rp + r3] * rScale), d3);
        }
        d0.intoArray(d, dAt, dRows, 0);
        if (count > 1) {
            d1.intoArray(d, dAt + dCol, dRows, 0);
        }
        if (count > 2) {
            d2.intoArray(d, dAt + 2 * dCol, dRows, 0);
        }
        if (count > 3) {
            d3.intoArray(d, dAt + 3 * dCol, dRows, 0);
        }
    }

    /** One thread's scratch: four panels, D's block, D's row offsets. */
    private static final class Scratch {
        final float[] panels = new float[4 * PANEL];
        final float[] acc = new float[MAX_COLS * BLOCK_ROWS];
        final int[] dRows = new int[L];
    }
}
