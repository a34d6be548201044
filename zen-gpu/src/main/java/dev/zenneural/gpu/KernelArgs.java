package dev.zenneural.gpu;

import dev.zenneural.gpu.opencl.Cl;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/** Sets a kernel's arguments in order, so that call sites read like the kernel's signature. */
final class KernelArgs {

    private final cl_kernel kernel;
    private int index;

    KernelArgs(cl_kernel kernel) {
        this.kernel = kernel;
    }

    KernelArgs add(int value) {
        return set(Sizeof.cl_int, Pointer.to(new int[] {value}));
    }

    KernelArgs add(float value) {
        return set(Sizeof.cl_float, Pointer.to(new float[] {value}));
    }

    KernelArgs add(cl_mem buffer) {
        return set(Sizeof.cl_mem, Pointer.to(buffer));
    }

    private KernelArgs set(long size, Pointer value) {
        int at = index++;
        Cl.run("clSetKernelArg", () -> CL.clSetKernelArg(kernel, at, size, value));
        return this;
    }
}
