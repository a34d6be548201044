package dev.zenneural.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link NarrowKernel} on the Vector API, in vectors of eight floats (AVX2's width; AVX-512 runs them
 * too): the eight lanes are the eight partial sums of {@link VectorOps#dot}'s order, so no value is
 * moved before it is multiplied.
 *
 * <p>Row-major A (a batch of rows times an output layer's weights): each element of C has one
 * accumulator that runs along its row of A and its column of op(B), eight depth steps a load. The
 * rows go in blocks of whole groups of eight, at most {@link #BLOCK} groups of eight elements: one
 * column of C on a kernel of eight rows at a time, more columns in passes of a kernel of four rows
 * and two columns, each row loaded once for both (an odd last column is paired with the one before
 * it, whose sums that pass writes again with the same bits). The last {@code k % 8} steps are one
 * more load, whose lanes past {@code k} are blended away rather than multiplied by op(B)'s zero
 * padding (A's next values there may be infinite or NaN); only where that load would pass A's end
 * are they scalar. The partial sums go through memory, in C's row-major order, to the butterfly:
 * pairs of lanes one apart, then two, then four apart, which is the order's tree and leaves element
 * {@code e} of a group in lane {@code e}; for contiguous C that is C's own layout, added with one
 * load and one store. Each of the butterfly's three stages is a pass over the block that loads a
 * lane's partner one, two or four floats on (or back) rather than shuffling, and each kernel's set-up is
 * paid once a block rather than once a group. Rows past the last eight take eight elements at a time
 * from a table of their offsets, with a scalar depth tail. Against one group at a time with scalar
 * tails and, for three to seven columns, the offset table everywhere (session 20,
 * {@code ci/bench-revisions.sh --same-jvm}, 40 rounds): 256x2x33 1.76 times as fast, 256x1x33 1.16,
 * 256x3x17 1.93, 256x5x33 2.04, 256x7x9 2.18; 256x2x32 0.96 and 256x1x32 0.97, within their
 * quartiles.
 *
 * <p>A stored transposed: eight rows of A in the lanes, one column of C at a time, eight accumulators
 * for the eight partial sums, summed lane by lane. Rows past the last eight go to {@link ScalarNarrow}.
 *
 * <p>The group kernels are written out rather than sharing helpers that take vectors: a helper C2
 * does not inline boxes its vectors, and in a method this size it stops inlining early (the
 * butterfly has a method of its own, fed through memory, for that reason).
 *
 * <p>Every lane does the scalar kernel's operations in its order, so the bits are
 * {@link ScalarNarrow}'s (tested). Compiled with {@code --add-modules jdk.incubator.vector} from its
 * own source root; loaded by {@link NarrowProducts} only when the running JVM resolved that module.
 */
final class VectorNarrow implements NarrowKernel {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = S.length();
    /** The lanes whose index has bit {@code s} set. */
    private static final VectorMask<Float> BIT1 = VectorMask.fromLong(S, 0b10101010L);
    private static final VectorMask<Float> BIT2 = VectorMask.fromLong(S, 0b11001100L);
    private static final VectorMask<Float> BIT4 = VectorMask.fromLong(S, 0b11110000L);
    /**
     * Groups of eight elements whose partial sums go to the butterfly together: one call of each
     * group kernel and of {@link #addSums} per block rather than per group, and 4 KB of sums, which
     * stay in L1.
     */
    private static final int BLOCK = 16;
    /** Per thread: a block of groups' partial sums on their way from the products to the butterfly. */
    private static final ThreadLocal<float[]> SUMS = ThreadLocal.withInitial(() -> new float[BLOCK * L * L]);
    /** Lane numbers, for the mask of a depth tail's lanes. */
    private static final float[] LANES = {0, 1, 2, 3, 4, 5, 6, 7};
    /** Per thread: eight elements' offsets into A and into op(B)'s columns. */
    private static final ThreadLocal<int[]> OFFSETS = ThreadLocal.withInitial(() -> new int[2 * L]);

    /** Whether this CPU has vectors of eight floats or wider. */
    static boolean worthwhile() {
        return FloatVector.SPECIES_PREFERRED.length() >= L;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void rows(int i0, int i1, int n, int k, float alpha, float[] a, int aOff, int lda, boolean transA,
            float[] cols, int depth, float[] c, int cOff, int ldc) {
        if (transA) {
            int i = i0;
            for (; i + L <= i1; i += L) {
                for (int j = 0; j < n; j++) {
                    eightRows(i, j, k, alpha, a, aOff, lda, cols, j * depth, c, cOff, ldc);
                }
            }
            NarrowProducts.scalar().rows(i, i1, n, k, alpha, a, aOff, lda, true, cols, depth, c, cOff, ldc);
        } else {
            float[] sums = SUMS.get();
            // Blocks of whole groups of eight rows (see the class comment); an odd last column is paired
            // with the one before it.
            int blockRows = L * (BLOCK / n);
            int step = n * L;
            int i = i0;
            while (i + L <= i1) {
                int rows = Math.min(blockRows, (i1 - i) / L * L);
                int row = aOff + i * lda;
                if (n == 1) {
                    oneColumn(row, rows / L, k, alpha, a, lda, cols, sums);
                } else {
                    for (int j = 0; j < n; j += 2) {
                        int pair = Math.min(j, n - 2);
                        twoColumns(row, rows / 4, k, alpha, a, lda, cols, pair * depth, depth, sums, pair * L,
                                step);
                    }
                }
                addSums(sums, rows * n / L, i * n, L, n, c, cOff, ldc);
                i += rows;
            }
            // The last rows, fewer than eight: eight elements at a time, in C's order.
            int[] offsets = OFFSETS.get();
            for (int e = i * n, end = i1 * n; e < end; e += L) {
                int count = Math.min(L, end - e);
                eightElements(e, count, n, k, alpha, a, aOff, lda, cols, depth, sums, offsets);
                addSums(sums, 1, e, count, n, c, cOff, ldc);
            }
        }
    }

    /**
     * The partial sums of elements {@code e .. e + count - 1} of C in row-major order
     * ({@code count <= 8}) into {@code sums}, element {@code l}'s eight at {@code 8 * l}: lanes past
     * {@code count} repeat the last element. The sums leave through memory: with the butterfly in the
     * same method C2 ran out of inlining budget and boxed the vectors (150 KB allocated per 256x2x32).
     */
    private static void eightElements(int e, int count, int n, int k, float alpha, float[] a, int aOff, int lda,
            float[] cols, int depth, float[] sums, int[] at) {
        // Each element's row of A and column of op(B), stepping through C in row-major order: one
        // division a group rather than two an element.
        int row = aOff + e / n * lda;
        int col = e % n;
        for (int l = 0; l < L; l++) {
            at[l] = row;
            at[L + l] = col * depth;
            if (l + 1 < count && ++col == n) {
                col = 0;
                row += lda;
            }
        }
        int a0 = at[0];
        int a1 = at[1];
        int a2 = at[2];
        int a3 = at[3];
        int a4 = at[4];
        int a5 = at[5];
        int a6 = at[6];
        int a7 = at[7];
        int b0 = at[L];
        int b1 = at[L + 1];
        int b2 = at[L + 2];
        int b3 = at[L + 3];
        int b4 = at[L + 4];
        int b5 = at[L + 5];
        int b6 = at[L + 6];
        int b7 = at[L + 7];
        boolean scaled = alpha != 1f;
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        FloatVector s4 = s0;
        FloatVector s5 = s0;
        FloatVector s6 = s0;
        FloatVector s7 = s0;
        int whole = k - k % L;
        for (int p = 0; p < whole; p += L) {
            FloatVector x0 = FloatVector.fromArray(S, a, a0 + p);
            FloatVector x1 = FloatVector.fromArray(S, a, a1 + p);
            FloatVector x2 = FloatVector.fromArray(S, a, a2 + p);
            FloatVector x3 = FloatVector.fromArray(S, a, a3 + p);
            FloatVector x4 = FloatVector.fromArray(S, a, a4 + p);
            FloatVector x5 = FloatVector.fromArray(S, a, a5 + p);
            FloatVector x6 = FloatVector.fromArray(S, a, a6 + p);
            FloatVector x7 = FloatVector.fromArray(S, a, a7 + p);
            if (scaled) {
                x0 = x0.mul(alpha);
                x1 = x1.mul(alpha);
                x2 = x2.mul(alpha);
                x3 = x3.mul(alpha);
                x4 = x4.mul(alpha);
                x5 = x5.mul(alpha);
                x6 = x6.mul(alpha);
                x7 = x7.mul(alpha);
            }
            s0 = x0.fma(FloatVector.fromArray(S, cols, b0 + p), s0);
            s1 = x1.fma(FloatVector.fromArray(S, cols, b1 + p), s1);
            s2 = x2.fma(FloatVector.fromArray(S, cols, b2 + p), s2);
            s3 = x3.fma(FloatVector.fromArray(S, cols, b3 + p), s3);
            s4 = x4.fma(FloatVector.fromArray(S, cols, b4 + p), s4);
            s5 = x5.fma(FloatVector.fromArray(S, cols, b5 + p), s5);
            s6 = x6.fma(FloatVector.fromArray(S, cols, b6 + p), s6);
            s7 = x7.fma(FloatVector.fromArray(S, cols, b7 + p), s7);
        }
        s0.intoArray(sums, 0);
        s1.intoArray(sums, L);
        s2.intoArray(sums, 2 * L);
        s3.intoArray(sums, 3 * L);
        s4.intoArray(sums, 4 * L);
        s5.intoArray(sums, 5 * L);
        s6.intoArray(sums, 6 * L);
        s7.intoArray(sums, 7 * L);
        if (whole < k) {
            // The last k % 8 steps, into each element's first partial sums.
            tail(sums, 0, a, a0 + whole, cols, b0 + whole, k - whole, alpha);
            tail(sums, L, a, a1 + whole, cols, b1 + whole, k - whole, alpha);
            tail(sums, 2 * L, a, a2 + whole, cols, b2 + whole, k - whole, alpha);
            tail(sums, 3 * L, a, a3 + whole, cols, b3 + whole, k - whole, alpha);
            tail(sums, 4 * L, a, a4 + whole, cols, b4 + whole, k - whole, alpha);
            tail(sums, 5 * L, a, a5 + whole, cols, b5 + whole, k - whole, alpha);
            tail(sums, 6 * L, a, a6 + whole, cols, b6 + whole, k - whole, alpha);
            tail(sums, 7 * L, a, a7 + whole, cols, b7 + whole, k - whole, alpha);
        }
    }

    /**
     * {@link #eightElements} for C of one column, {@code groups} groups of eight rows from {@code row}
     * on ({@code row, row + lda, ...}), group {@code g}'s sums from {@code 64 g}.
     */
    private static void oneColumn(int row, int groups, int k, float alpha, float[] a, int lda, float[] cols,
            float[] sums) {
        boolean scaled = alpha != 1f;
        int whole = k - k % L;
        for (int g = 0; g < groups; g++, row += L * lda) {
            int so = g * L * L;
            int a1 = row + lda;
            int a2 = row + 2 * lda;
            int a3 = row + 3 * lda;
            int a4 = row + 4 * lda;
            int a5 = row + 5 * lda;
            int a6 = row + 6 * lda;
            int a7 = row + 7 * lda;
            FloatVector s0 = FloatVector.zero(S);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            FloatVector s4 = s0;
            FloatVector s5 = s0;
            FloatVector s6 = s0;
            FloatVector s7 = s0;
            for (int p = 0; p < whole; p += L) {
                FloatVector y = FloatVector.fromArray(S, cols, p);
                FloatVector x0 = FloatVector.fromArray(S, a, row + p);
                FloatVector x1 = FloatVector.fromArray(S, a, a1 + p);
                FloatVector x2 = FloatVector.fromArray(S, a, a2 + p);
                FloatVector x3 = FloatVector.fromArray(S, a, a3 + p);
                FloatVector x4 = FloatVector.fromArray(S, a, a4 + p);
                FloatVector x5 = FloatVector.fromArray(S, a, a5 + p);
                FloatVector x6 = FloatVector.fromArray(S, a, a6 + p);
                FloatVector x7 = FloatVector.fromArray(S, a, a7 + p);
                if (scaled) {
                    x0 = x0.mul(alpha);
                    x1 = x1.mul(alpha);
                    x2 = x2.mul(alpha);
                    x3 = x3.mul(alpha);
                    x4 = x4.mul(alpha);
                    x5 = x5.mul(alpha);
                    x6 = x6.mul(alpha);
                    x7 = x7.mul(alpha);
                }
                s0 = x0.fma(y, s0);
                s1 = x1.fma(y, s1);
                s2 = x2.fma(y, s2);
                s3 = x3.fma(y, s3);
                s4 = x4.fma(y, s4);
                s5 = x5.fma(y, s5);
                s6 = x6.fma(y, s6);
                s7 = x7.fma(y, s7);
            }
            boolean vectorTail = whole < k && a7 + whole <= a.length - L;
            if (vectorTail) {
                // The last k % 8 steps as one more load, the lanes past k left as they were.
                VectorMask<Float> m = FloatVector.fromArray(S, LANES, 0)
                        .compare(VectorOperators.LT, (float) (k - whole));
                FloatVector x0 = FloatVector.fromArray(S, a, row + whole);
                FloatVector x1 = FloatVector.fromArray(S, a, a1 + whole);
                FloatVector x2 = FloatVector.fromArray(S, a, a2 + whole);
                FloatVector x3 = FloatVector.fromArray(S, a, a3 + whole);
                FloatVector x4 = FloatVector.fromArray(S, a, a4 + whole);
                FloatVector x5 = FloatVector.fromArray(S, a, a5 + whole);
                FloatVector x6 = FloatVector.fromArray(S, a, a6 + whole);
                FloatVector x7 = FloatVector.fromArray(S, a, a7 + whole);
                if (scaled) {
                    x0 = x0.mul(alpha);
                    x1 = x1.mul(alpha);
                    x2 = x2.mul(alpha);
                    x3 = x3.mul(alpha);
                    x4 = x4.mul(alpha);
                    x5 = x5.mul(alpha);
                    x6 = x6.mul(alpha);
                    x7 = x7.mul(alpha);
                }
                FloatVector y = FloatVector.fromArray(S, cols, whole);
                s0 = s0.blend(x0.fma(y, s0), m);
                s1 = s1.blend(x1.fma(y, s1), m);
                s2 = s2.blend(x2.fma(y, s2), m);
                s3 = s3.blend(x3.fma(y, s3), m);
                s4 = s4.blend(x4.fma(y, s4), m);
                s5 = s5.blend(x5.fma(y, s5), m);
                s6 = s6.blend(x6.fma(y, s6), m);
                s7 = s7.blend(x7.fma(y, s7), m);
            }
            s0.intoArray(sums, so);
            s1.intoArray(sums, so + L);
            s2.intoArray(sums, so + 2 * L);
            s3.intoArray(sums, so + 3 * L);
            s4.intoArray(sums, so + 4 * L);
            s5.intoArray(sums, so + 5 * L);
            s6.intoArray(sums, so + 6 * L);
            s7.intoArray(sums, so + 7 * L);
            if (whole < k && !vectorTail) {
                for (int q = 0; q < L; q++) {
                    tail(sums, so + q * L, a, row + q * lda + whole, cols, whole, k - whole, alpha);
                }
            }
        }
    }

    /**
     * {@link #eightElements} for two columns of C, those from {@code col} and {@code col + depth} in
     * {@code cols}, and {@code groups} groups of four rows from {@code row} on, each row loaded once for
     * both: the {@code r}-th row's sums go to {@code sums} from {@code at + r * step}, the second
     * column's eight floats after the first's.
     */
    private static void twoColumns(int row, int groups, int k, float alpha, float[] a, int lda, float[] cols, int col,
            int depth, float[] sums, int at, int step) {
        boolean scaled = alpha != 1f;
        int whole = k - k % L;
        for (int g = 0; g < groups; g++, row += 4 * lda) {
            int so = at + g * 4 * step;
            int a1 = row + lda;
            int a2 = row + 2 * lda;
            int a3 = row + 3 * lda;
            FloatVector s0 = FloatVector.zero(S);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            FloatVector s4 = s0;
            FloatVector s5 = s0;
            FloatVector s6 = s0;
            FloatVector s7 = s0;
            for (int p = 0; p < whole; p += L) {
                FloatVector y0 = FloatVector.fromArray(S, cols, col + p);
                FloatVector y1 = FloatVector.fromArray(S, cols, col + depth + p);
                FloatVector x0 = FloatVector.fromArray(S, a, row + p);
                FloatVector x1 = FloatVector.fromArray(S, a, a1 + p);
                FloatVector x2 = FloatVector.fromArray(S, a, a2 + p);
                FloatVector x3 = FloatVector.fromArray(S, a, a3 + p);
                if (scaled) {
                    x0 = x0.mul(alpha);
                    x1 = x1.mul(alpha);
                    x2 = x2.mul(alpha);
                    x3 = x3.mul(alpha);
                }
                s0 = x0.fma(y0, s0);
                s1 = x0.fma(y1, s1);
                s2 = x1.fma(y0, s2);
                s3 = x1.fma(y1, s3);
                s4 = x2.fma(y0, s4);
                s5 = x2.fma(y1, s5);
                s6 = x3.fma(y0, s6);
                s7 = x3.fma(y1, s7);
            }
            boolean vectorTail = whole < k && a3 + whole <= a.length - L;
            if (vectorTail) {
                // The last k % 8 steps as one more load, the lanes past k left as they were.
                VectorMask<Float> m = FloatVector.fromArray(S, LANES, 0)
                        .compare(VectorOperators.LT, (float) (k - whole));
                FloatVector x0 = FloatVector.fromArray(S, a, row + whole);
                FloatVector x1 = FloatVector.fromArray(S, a, a1 + whole);
                FloatVector x2 = FloatVector.fromArray(S, a, a2 + whole);
                FloatVector x3 = FloatVector.fromArray(S, a, a3 + whole);
                if (scaled) {
                    x0 = x0.mul(alpha);
                    x1 = x1.mul(alpha);
                    x2 = x2.mul(alpha);
                    x3 = x3.mul(alpha);
                }
                FloatVector y0 = FloatVector.fromArray(S, cols, col + whole);
                FloatVector y1 = FloatVector.fromArray(S, cols, col + depth + whole);
                s0 = s0.blend(x0.fma(y0, s0), m);
                s1 = s1.blend(x0.fma(y1, s1), m);
                s2 = s2.blend(x1.fma(y0, s2), m);
                s3 = s3.blend(x1.fma(y1, s3), m);
                s4 = s4.blend(x2.fma(y0, s4), m);
                s5 = s5.blend(x2.fma(y1, s5), m);
                s6 = s6.blend(x3.fma(y0, s6), m);
                s7 = s7.blend(x3.fma(y1, s7), m);
            }
            s0.intoArray(sums, so);
            s1.intoArray(sums, so + L);
            s2.intoArray(sums, so + step);
            s3.intoArray(sums, so + step + L);
            s4.intoArray(sums, so + 2 * step);
            s5.intoArray(sums, so + 2 * step + L);
            s6.intoArray(sums, so + 3 * step);
            s7.intoArray(sums, so + 3 * step + L);
            if (whole < k && !vectorTail) {
                for (int l = 0; l < L; l++) {
                    tail(sums, so + l / 2 * step + l % 2 * L, a, row + l / 2 * lda + whole, cols,
                            col + l % 2 * depth + whole, k - whole, alpha);
                }
            }
        }
    }

    /** {@code left < 8} more steps of one element, in scalar code: partial sum {@code r} takes step {@code r}. */
    private static void tail(float[] sums, int at, float[] a, int x, float[] cols, int y, int left, float alpha) {
        for (int r = 0; r < left; r++) {
            sums[at + r] = Math.fma(alpha * a[x + r], cols[y + r], sums[at + r]);
        }
    }

    /**
     * Adds {@code groups} groups' sums ({@link #eightElements}; group {@code g}'s from {@code 64 g}) to
     * C's elements from {@code e} on in row-major order, {@code count} a group (fewer than eight only
     * in a single group), each element summed by the butterfly: pairs of lanes one apart, then two,
     * then four, which is the order's tree and leaves element {@code l} in lane {@code l}. Each stage
     * is a pass over the whole block in place that reads each lane's partner by loading the same
     * sums again one, two or four floats on (or back): no shuffles, so none of the index checks
     * JDK 17 makes on every {@code rearrange}, which C2 left inside the loop; and each pass reads
     * what the one before stored a block earlier, not the moment before. The stages are written out:
     * one method called with 1, 2 and 4 gave the same values at 0.82-0.86 times the speed.
     */
    private static void addSums(float[] sums, int groups, int e, int count, int n, float[] c, int cOff, int ldc) {
        int end = groups * L * L;
        // Stage one: element pairs (2q, 2q + 1), at 16 q, into 16 q; lane l of the pair's sum is
        // element 2q's lanes l and l + 1 for even l, element 2q + 1's lanes l and l - 1 for odd l.
        for (int so = 0; so < end; so += 2 * L) {
            FloatVector even = FloatVector.fromArray(S, sums, so).add(FloatVector.fromArray(S, sums, so + 1));
            FloatVector odd = FloatVector.fromArray(S, sums, so + L).add(FloatVector.fromArray(S, sums, so + L - 1));
            even.blend(odd, BIT1).intoArray(sums, so);
        }
        // Stage two: stage one's pairs at 32 q and 32 q + 16, lanes two apart, into 32 q.
        for (int so = 0; so < end; so += 4 * L) {
            FloatVector low = FloatVector.fromArray(S, sums, so).add(FloatVector.fromArray(S, sums, so + 2));
            FloatVector high = FloatVector.fromArray(S, sums, so + 2 * L)
                    .add(FloatVector.fromArray(S, sums, so + 2 * L - 2));
            low.blend(high, BIT2).intoArray(sums, so);
        }
        // Stage three: stage two's at 64 g and 64 g + 32, lanes four apart: the group's eight elements.
        for (int g = 0; g < groups; g++, e += L) {
            int so = g * L * L;
            FloatVector low = FloatVector.fromArray(S, sums, so).add(FloatVector.fromArray(S, sums, so + 4));
            FloatVector high = FloatVector.fromArray(S, sums, so + 4 * L)
                    .add(FloatVector.fromArray(S, sums, so + 4 * L - 4));
            FloatVector total = low.blend(high, BIT4);
            if (count == L && ldc == n) {
                int at = cOff + e;
                FloatVector.fromArray(S, c, at).add(total).intoArray(c, at);
                continue;
            }
            total.intoArray(sums, so);
            int row = cOff + e / n * ldc;
            for (int l = 0, col = e % n; l < count; l++) {
                c[row + col] += sums[so + l];
                if (++col == n) {
                    col = 0;
                    row += ldc;
                }
            }
        }
    }

    /**
     * Column {@code j} of rows {@code i .. i + 7} with A stored transposed: row {@code i + l} in lane
     * {@code l}, depth step {@code p} into accumulator {@code p % 8}.
     */
    private static void eightRows(int i, int j, int k, float alpha, float[] a, int aOff, int lda, float[] cols, int bt,
            float[] c, int cOff, int ldc) {
        boolean scaled = alpha != 1f;
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        FloatVector s4 = s0;
        FloatVector s5 = s0;
        FloatVector s6 = s0;
        FloatVector s7 = s0;
        int at = aOff + i;
        int p = 0;
        for (; p + L <= k; p += L, at += L * lda) {
            s0 = column(a, at, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p]), s0);
            s1 = column(a, at + lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 1]), s1);
            s2 = column(a, at + 2 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 2]), s2);
            s3 = column(a, at + 3 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 3]), s3);
            s4 = column(a, at + 4 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 4]), s4);
            s5 = column(a, at + 5 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 5]), s5);
            s6 = column(a, at + 6 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 6]), s6);
            s7 = column(a, at + 7 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 7]), s7);
        }
        int left = k - p;
        if (left > 0) {
            s0 = column(a, at, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p]), s0);
        }
        if (left > 1) {
            s1 = column(a, at + lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 1]), s1);
        }
        if (left > 2) {
            s2 = column(a, at + 2 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 2]), s2);
        }
        if (left > 3) {
            s3 = column(a, at + 3 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 3]), s3);
        }
        if (left > 4) {
            s4 = column(a, at + 4 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 4]), s4);
        }
        if (left > 5) {
            s5 = column(a, at + 5 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 5]), s5);
        }
        if (left > 6) {
            s6 = column(a, at + 6 * lda, scaled, alpha).fma(FloatVector.broadcast(S, cols[bt + p + 6]), s6);
        }
        FloatVector sums = s0.add(s1).add(s2.add(s3)).add(s4.add(s5).add(s6.add(s7)));
        int at0 = cOff + i * ldc + j;
        if (ldc == 1) {
            FloatVector.fromArray(S, c, at0).add(sums).intoArray(c, at0);
            return;
        }
        for (int l = 0; l < L; l++) {
            c[at0 + l * ldc] += sums.lane(l);
        }
    }

    /** Eight rows of A stored transposed at one depth step, scaled as the product rounds {@code alpha * a}. */
    private static FloatVector column(float[] a, int at, boolean scaled, float alpha) {
        FloatVector v = FloatVector.fromArray(S, a, at);
        return scaled ? v.mul(alpha) : v;
    }
}
