package dev.zenneural.core.backend;

import dev.zenneural.core.kernel.GemmShape;
import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.tensor.Tensor;

/** The default backend: the JDK's own threads and the kernels of {@code dev.zenneural.core.kernel}. */
public final class CpuBackend implements ComputeBackend {

    public static final String NAME = "cpu";

    private final boolean callingThreadOnly;

    /** The backend that shares large products out over {@link Sgemm#threads()} threads. */
    public CpuBackend() {
        this(false);
    }

    private CpuBackend(boolean callingThreadOnly) {
        this.callingThreadOnly = callingThreadOnly;
    }

    /**
     * A backend that computes every product on the calling thread (same bits as the shared one):
     * for a thread that is already one of several sharing out a larger job.
     */
    public static CpuBackend onCallingThread() {
        return new CpuBackend(true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String deviceDescription() {
        return "CPU, " + Runtime.getRuntime().availableProcessors() + " hardware threads, "
                + System.getProperty("os.arch") + ", Java " + Runtime.version().feature() + ", SGEMM kernel "
                + Sgemm.kernelName();
    }

    @Override
    public void gemm(boolean transA, boolean transB, float alpha, Tensor a, Tensor b, float beta, Tensor c) {
        GemmShape s = GemmShape.of(transA, transB, a, b, c);
        gemm(transA, transB, s.m(), s.n(), s.k(), alpha, a.data(), 0, a.cols(), b.data(), 0, b.cols(),
                beta, c.data(), 0, c.cols());
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOff, int lda,
            float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        if (callingThreadOnly) {
            Sgemm.gemmOnCallingThread(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        } else {
            Sgemm.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        }
    }

    @Override
    public void close() {
        // Nothing native to release.
    }
}
