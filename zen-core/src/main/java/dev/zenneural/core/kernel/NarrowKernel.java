package dev.zenneural.core.kernel;

/**
 * One implementation of {@link Sgemm}'s product for narrow C (fewer than {@link Sgemm#NARROW_COLS}
 * columns): every element a dot product in {@link VectorOps#dot}'s order, added to C. An
 * implementation changes speed, never a bit (the vector kernel is tested against the scalar one).
 */
interface NarrowKernel {

    /** A name for logs and benchmark labels: {@code scalar} or {@code vector}. */
    String name();

    /**
     * {@code c[i][j] += dot_j(i)} for rows {@code i0 <= i < i1} and columns {@code j < n}, where
     * {@code dot_j(i)} sums {@code alpha * op(A)[i][p]} (rounded to float) times
     * {@code cols[j * depth + p]} over {@code p < k} in eight partial sums, term {@code p} into
     * {@code s[p % 8]} by one fused multiply-add, all from +0, then
     * {@code ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))}.
     *
     * @param a op(A) row {@code i} at {@code aOff + i * lda} with stride 1, or with {@code transA}
     *     at {@code aOff + i} with stride {@code lda}
     * @param cols op(B)'s columns, column {@code j} from {@code j * depth}, zero from {@code k} to
     *     {@code depth} (a multiple of eight, at least {@code k})
     * @param c element (i, j) at {@code cOff + i * ldc + j}
     */
    void rows(int i0, int i1, int n, int k, float alpha, float[] a, int aOff, int lda, boolean transA, float[] cols,
            int depth, float[] c, int cOff, int ldc);
}
