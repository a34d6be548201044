package dev.zenneural.ml.nn;

import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.backend.ComputeBackend;

/**
 * Where the layers' matrix products run: the compute backend chosen as zen-core's
 * {@link Backends#createDefault()} chooses it ({@code -Dzen.backend=...} or {@code ZEN_BACKEND}; the
 * CPU unless told otherwise), made on first use and kept for the JVM's life. A thread may use
 * another backend for a while ({@link #use}), which is how tests check that products go through
 * the SPI.
 */
public final class Compute {

    private static final ThreadLocal<ComputeBackend> OVERRIDE = new ThreadLocal<>();

    private Compute() {
    }

    /** The default backend, made once. */
    private static final class Default {
        static final ComputeBackend BACKEND = Backends.createDefault();
    }

    /** The backend the calling thread computes on. */
    public static ComputeBackend backend() {
        ComputeBackend own = OVERRIDE.get();
        return own != null ? own : Default.BACKEND;
    }

    /**
     * Makes the calling thread compute on {@code backend} (null: the default again) and returns what
     * it used before.
     */
    public static ComputeBackend use(ComputeBackend backend) {
        ComputeBackend before = OVERRIDE.get();
        if (backend == null) {
            OVERRIDE.remove();
        } else {
            OVERRIDE.set(backend);
        }
        return before;
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C} on the calling thread's backend (BLAS-style arguments). */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        backend().gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}
