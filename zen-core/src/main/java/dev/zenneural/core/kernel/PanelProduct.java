package dev.zenneural.core.kernel;

/**
 * One implementation of {@link Sgemm}'s inner product, {@code D += L * R} on a block of D's rows,
 * with the operands already oriented (see {@link Sgemm#gemmRows}).
 *
 * <p>Every implementation computes each element of D as {@code Sgemm} documents, one fused
 * multiply-add per term in increasing depth, so they give the same bits and may be swapped freely.
 */
interface PanelProduct {

    /**
     * {@code D += L * R} with D {@code rows x cols}, L {@code rows x k} and R {@code k x cols}, on
     * rows {@code i0} (inclusive) to {@code i1} of D. Element (i, p) of L is
     * {@code l[lOff + i*ldl + p]} when {@code lRowMajor}, else {@code l[lOff + p*ldl + i]};
     * likewise (p, j) of R; element (i, j) of D is {@code d[dOff + i*dRow + j*dCol]}. L's values are
     * multiplied by {@code lScale} and R's by {@code rScale} before they enter a product (one of them
     * is 1). Safe to call from many threads at once on disjoint rows of D.
     */
    void rows(int i0, int i1, int k, int cols, float[] l, int lOff, int ldl, boolean lRowMajor, float lScale,
            float[] r, int rOff, int ldr, boolean rRowMajor, float rScale, float[] d, int dOff, int dRow, int dCol);

    /**
     * Whether {@code C = A B} with C {@code m x n} is computed as {@code C^T = B^T A^T} (D is then C
     * transposed: rows of D are columns of C).
     */
    boolean transposed(int m, int n);

    /** Whether this product is a good choice for C of {@code m x n}; {@link SuperWordProduct} takes all. */
    boolean suits(int m, int n);

    /** A short name for logs and benchmarks: {@code superword} or {@code vector}. */
    String name();
}
