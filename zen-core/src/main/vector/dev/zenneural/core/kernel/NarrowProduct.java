package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The panel product for D of one to four columns ({@link #MAX_COLS}), far narrower than
 * {@link VectorProduct}'s register block, such as a network's output layer on a batch of rows: vectors run down D's columns, a vector of
 * rows at a time, so no operand is packed.
 *
 * <p>Per depth step it loads one vector of L's column (a gather where L is row-major: its values lie
 * a row apart) and adds its products with up to four of R's values, one per column of D, into four
 * accumulators; D is gathered before the depth loop and scattered after it. Packing instead, as the
 * general kernel does, copies all of L for a product that does two to eight operations per value:
 * for 256x2x32 that copy cost three times the product.
 *
 * <p>Each element of D is {@code d = fma(l[p] * lScale, r[p] * rScale, d)} in increasing {@code p},
 * as everywhere in {@link Sgemm} (a scale of 1 multiplies exactly), so the bits equal the other
 * products' (tested). Rows past the last whole vector go through the same chain in scalar code.
 *
 * <p>Only with AVX-512's sixteen floats to a vector ({@link #worthwhile()}): gathers were measured
 * only there.
 */
final class NarrowProduct {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /**
     * The widest D this kernel is handed: one gather of L serves four columns, and from five columns
     * (two gathers) the SuperWord product was faster (JMH, 1024x5x64).
     */
    static final int MAX_COLS = 4;
    /** Per thread: the gather offsets of one vector of L's rows and one of D's. */
    private static final ThreadLocal<int[][]> OFFSETS = ThreadLocal.withInitial(() -> new int[2][L]);

    private NarrowProduct() {
    }

    /** Whether this JVM's vectors hold sixteen floats. */
    static boolean worthwhile() {
        return L >= 16;
    }

    /** {@link PanelProduct#rows}, for any {@code cols}; meant for at most {@link #MAX_COLS}. */
    static void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol) {
        int[][] offsets = OFFSETS.get();
        int[] lRows = offsets[0];
        int[] dRows = offsets[1];
        int lRow = lRowMajor ? ldl : 1;
        int lDepth = lRowMajor ? 1 : ldl;
        int rDepth = rRowMajor ? ldr : 1;
        int rCol = rRowMajor ? 1 : ldr;
        for (int q = 0; q < L; q++) {
            lRows[q] = q * lRow;
            dRows[q] = q * dRow;
        }
        int i = i0;
        for (; i + L <= i1; i += L) {
            for (int j = 0; j < cols; j += 4) {
                block(Math.min(4, cols - j), k, l, lOff + i * lRow, lRowMajor, lDepth, lRows, lScale,
                        r, rOff + j * rCol, rDepth, rCol, rScale, d, dOff + i * dRow + j * dCol, dCol, dRows);
            }
        }
        for (; i < i1; i++) {
            for (int j = 0; j < cols; j++) {
                int at = dOff + i * dRow + j * dCol;
                float acc = d[at];
                for (int p = 0, lp = lOff + i * lRow, rp = rOff + j * rCol; p < k; p++, lp += lDepth, rp += rDepth) {
                    acc = Math.fma(l[lp] * lScale, r[rp] * rScale, acc);
                }
                d[at] = acc;
            }
        }
    }

    /**
     * {@code D += L * R} on one vector of D's rows and {@code count <= 4} of its columns: L's rows at
     * {@code lo} (row offsets {@code lRows} where it is gathered, else contiguous), R's columns at
     * {@code ro}, D at {@code dAt} (row offsets {@code dRows}). With fewer than four columns the idle
     * accumulators repeat the last column and are not stored: that costs a few multiply-adds, where a
     * second pass would gather L again.
     */
    private static void block(int count, int k, float[] l, int lo, boolean lGather, int lDepth, int[] lRows,
            float lScale, float[] r, int ro, int rDepth, int rCol, float rScale, float[] d, int dAt, int dCol,
            int[] dRows) {
        int last = count - 1;
        int r1 = Math.min(1, last) * rCol;
        int r2 = Math.min(2, last) * rCol;
        int r3 = Math.min(3, last) * rCol;
        FloatVector d0 = FloatVector.fromArray(S, d, dAt, dRows, 0);
        FloatVector d1 = FloatVector.fromArray(S, d, dAt + Math.min(1, last) * dCol, dRows, 0);
        FloatVector d2 = FloatVector.fromArray(S, d, dAt + Math.min(2, last) * dCol, dRows, 0);
        FloatVector d3 = FloatVector.fromArray(S, d, dAt + Math.min(3, last) * dCol, dRows, 0);
        // Two loops rather than a choice per step: C2 on JDK 17 keeps a vector in a register only
        // where it does not merge values from two branches.
        if (lGather) {
            for (int p = 0, lp = lo, rp = ro; p < k; p++, lp += lDepth, rp += rDepth) {
                FloatVector a = FloatVector.fromArray(S, l, lp, lRows, 0).mul(lScale);
                d0 = a.fma(FloatVector.broadcast(S, r[rp] * rScale), d0);
                d1 = a.fma(FloatVector.broadcast(S, r[rp + r1] * rScale), d1);
                d2 = a.fma(FloatVector.broadcast(S, r[rp + r2] * rScale), d2);
                d3 = a.fma(FloatVector.broadcast(S, r[rp + r3] * rScale), d3);
            }
        } else {
            for (int p = 0, lp = lo, rp = ro; p < k; p++, lp += lDepth, rp += rDepth) {
                FloatVector a = FloatVector.fromArray(S, l, lp).mul(lScale);
                d0 = a.fma(FloatVector.broadcast(S, r[rp] * rScale), d0);
                d1 = a.fma(FloatVector.broadcast(S, r[rp + r1] * rScale), d1);
                d2 = a.fma(FloatVector.broadcast(S, r[rp + r2] * rScale), d2);
                d3 = a.fma(FloatVector.broadcast(S, r[rp + r3] * rScale), d3);
            }
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
}
