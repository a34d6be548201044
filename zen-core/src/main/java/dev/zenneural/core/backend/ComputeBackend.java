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

    /** Releases what the backend holds; the CPU backend holds nothing. */
    @Override
    void close();
}
