package dev.zenneural.gpu.opencl;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/** Sets a kernel's arguments in order, so that call sites read like the kernel's signature. */
public final class KernelArgs {

    private final cl_kernel kernel;
    private int index;

    /**
     * Starts at the kernel's first argument.
     *
     * @param kernel the kernel whose arguments to set
     */
    public KernelArgs(cl_kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Sets the next argument to an {@code int}.
     *
     * @param value the value
     * @return this, for the next argument
     */
    public KernelArgs add(int value) {
        return set(Sizeof.cl_int, Pointer.to(new int[] {value}));
    }

    /**
     * Sets the next argument to a {@code float}.
     *
     * @param value the value
     * @return this, for the next argument
     */
    public KernelArgs add(float value) {
        return set(Sizeof.cl_float, Pointer.to(new float[] {value}));
    }

    /**
     * Sets the next argument to a buffer.
     *
     * @param buffer the buffer
     * @return this, for the next argument
     */
    public KernelArgs add(cl_mem buffer) {
        return set(Sizeof.cl_mem, Pointer.to(buffer));
    }

    /**
     * Sets the next argument to a device buffer.
     *
     * @param buffer the buffer; must be open
     * @return this, for the next argument
     */
    public KernelArgs add(DeviceBuffer buffer) {
        return add(buffer.mem());
    }

    private KernelArgs set(long size, Pointer value) {
        int at = index++;
        Cl.run("clSetKernelArg", () -> CL.clSetKernelArg(kernel, at, size, value));
        return this;
    }
}
