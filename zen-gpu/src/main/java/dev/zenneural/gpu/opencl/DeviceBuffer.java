package dev.zenneural.gpu.opencl;

import java.util.concurrent.atomic.AtomicInteger;
import org.jocl.CL;
import org.jocl.cl_mem;

/**
 * Memory on a device: a buffer of 4-byte elements ({@code float} or {@code int}, as the kernels
 * that use it read them), made by a {@link DeviceContext}, which counts the buffers still open.
 * Close it to free the memory.
 */
public final class DeviceBuffer implements AutoCloseable {

    private final cl_mem mem;
    private final int size;
    private final AtomicInteger ownersLiveCount;
    private boolean closed;

    DeviceBuffer(cl_mem mem, int size, AtomicInteger ownersLiveCount) {
        this.mem = mem;
        this.size = size;
        this.ownersLiveCount = ownersLiveCount;
        ownersLiveCount.incrementAndGet();
    }

    /**
     * The buffer's length.
     *
     * @return its number of 4-byte elements
     */
    public int size() {
        return size;
    }

    /** The OpenCL handle; for the context and for kernel arguments, while the buffer is open. */
    cl_mem mem() {
        if (closed) {
            throw new IllegalStateException("the device buffer of " + size + " elements is closed");
        }
        return mem;
    }

    /**
     * Frees the memory; does nothing the second time.
     *
     * @throws OpenClException if the runtime refuses the release
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            ownersLiveCount.decrementAndGet();
            Cl.run("clReleaseMemObject", () -> CL.clReleaseMemObject(mem));
        }
    }
}
