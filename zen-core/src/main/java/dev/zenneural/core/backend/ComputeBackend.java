package dev.zenneural.core.backend;

import dev.zenneural.core.tensor.Tensor;

/**
 * Where tensors are computed: the CPU, an OpenCL device, ... Implementations are found through
 * {@link BackendProvider} and {@link Backends}.
 *
 * <p>A backend may hold native resources (device contexts, queues); close it when done.
 */
public interface ComputeBackend extends AutoCloseable {

    /** Short name, as {@link BackendProvider#name()}. */
    String name();

    /** The device this backend computes on, for people: e.g. "CPU, 2 threads". */
    String deviceDescription();

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C} on matrices.
     *
     * @throws IllegalArgumentException if the shapes do not fit (see {@link
     *     dev.zenneural.core.kernel.GemmShape})
     */
    void gemm(boolean transA, boolean transB, float alpha, Tensor a, Tensor b, float beta, Tensor c);

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C} on row-major arrays with BLAS-style offsets and
     * leading dimensions, as {@link dev.zenneural.core.kernel.Sgemm#gemm} takes them: what layers
     * working on parts of larger buffers call. The default copies the parts into tensors and back
     * around {@link #gemm(boolean, boolean, float, Tensor, Tensor, float, Tensor)}: correct on any
     * backend, and what a device backend pays in transfers anyway; the CPU backend overrides it
     * without copies.
     *
     * @throws IllegalArgumentException if a size is negative or an array too short
     */
    default void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        Tensor ta = Tensor.wrap(block(a, aOff, lda, transA ? k : m, transA ? m : k), transA ? k : m, transA ? m : k);
        Tensor tb = Tensor.wrap(block(b, bOff, ldb, transB ? n : k, transB ? k : n), transB ? n : k, transB ? k : n);
        Tensor tc = Tensor.wrap(block(c, cOff, ldc, m, n), m, n);
        if (m == 0 || n == 0) {
            return;
        }
        gemm(transA, transB, alpha, ta, tb, beta, tc);
        float[] result = tc.data();
        for (int r = 0; r < m; r++) {
            System.arraycopy(result, r * n, c, cOff + r * ldc, n);
        }
    }

    /** A {@code rows x cols} block of a row-major array, copied into its own array. */
    private static float[] block(float[] x, int offset, int ld, int rows, int cols) {
        if (rows < 0 || cols < 0 || offset < 0 || ld < cols
                || (rows > 0 && (long) offset + (long) (rows - 1) * ld + cols > x.length)) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " block at offset " + offset + " with row"
                    + " stride " + ld + " does not fit an array of " + x.length);
        }
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, offset + r * ld, out, r * cols, cols);
        }
        return out;
    }

    /** Releases what the backend holds; the CPU backend holds nothing. */
    @Override
    void close();
}
