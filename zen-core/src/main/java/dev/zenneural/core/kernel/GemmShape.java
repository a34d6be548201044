package dev.zenneural.core.kernel;

import dev.zenneural.core.tensor.Tensor;

/**
 * The sizes of {@code C = op(A) * op(B)} on matrices, checked once so that every backend reports a
 * shape mismatch the same way.
 *
 * @param m rows of op(A) and C
 * @param n columns of op(B) and C
 * @param k columns of op(A), rows of op(B)
 */
public record GemmShape(int m, int n, int k) {

    /**
     * Checks that {@code op(A) * op(B)} fits in C.
     *
     * @throws IllegalArgumentException naming the operand whose shape does not fit
     */
    public static GemmShape of(boolean transA, boolean transB, Tensor a, Tensor b, Tensor c) {
        int m = transA ? a.cols() : a.rows();
        int k = transA ? a.rows() : a.cols();
        int kb = transB ? b.cols() : b.rows();
        int n = transB ? b.rows() : b.cols();
        if (k != kb) {
            throw new IllegalArgumentException("cannot multiply op(A) " + m + "x" + k + " by op(B) " + kb + "x" + n
                    + ": inner sizes differ");
        }
        if (c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("C is " + c.rows() + "x" + c.cols() + " but op(A) * op(B) is "
                    + m + "x" + n);
        }
        return new GemmShape(m, n, k);
    }

    /** Floating-point operations of one product (a multiply and an add per term). */
    public double flops() {
        return 2.0 * m * n * k;
    }
}
