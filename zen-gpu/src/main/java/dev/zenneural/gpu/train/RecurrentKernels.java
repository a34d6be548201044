package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * The cell kernels of {@code recurrent.cl}, each a method whose parameters read like the kernel's
 * signature; launched through {@link DenseKernels}, whose products and column sums the recurrent
 * layer shares. The program is the context's (built once per context); the kernel objects are the
 * run's, released with its resources.
 */
final class RecurrentKernels {

    /** The cell codes of {@code recurrent.cl}. */
    static final int CELL_RNN = 0;
    static final int CELL_GRU = 1;
    static final int CELL_LSTM = 2;

    private final cl_kernel cellForward;
    private final cl_kernel cellBackward;

    /** Makes the kernels, registered in {@code kernels} for release. */
    RecurrentKernels(DeviceContext context, ClResources kernels) {
        cl_program recurrent = context.program(RecurrentKernels.class, "recurrent.cl", "");
        cellForward = context.createKernel(kernels, recurrent, "cell_forward");
        cellBackward = context.createKernel(kernels, recurrent, "cell_backward");
    }

    /** {@code recurrent.cl}'s code of {@code cell}. */
    static int code(RecurrentBlock.Cell cell) {
        return switch (cell) {
            case RNN -> CELL_RNN;
            case GRU -> CELL_GRU;
            case LSTM -> CELL_LSTM;
        };
    }

    void cellForward(DenseKernels launcher, int cell, int rows, int steps, int hidden, int t, DeviceBuffer xg,
            DeviceBuffer hgT, DeviceBuffer inputBias, DeviceBuffer recurrentBias, DeviceBuffer gateT,
            DeviceBuffer hPrev, DeviceBuffer hNext, DeviceBuffer cPrev, DeviceBuffer cNext, boolean everyStep,
            DeviceBuffer seq) {
        new KernelArgs(cellForward).add(cell).add(rows).add(steps).add(hidden).add(t).add(xg).add(hgT).add(inputBias)
                .add(recurrentBias).add(gateT).add(hPrev).add(hNext).add(cPrev).add(cNext).add(everyStep ? 1 : 0)
                .add(seq);
        launcher.elementWise(cellForward, "cell_forward", rows * hidden);
    }

    void cellBackward(DenseKernels launcher, int cell, int rows, int steps, int hidden, int t, boolean fresh,
            boolean hasGrad, DeviceBuffer grad, int gradStride, int gradOffset, DeviceBuffer hgT, DeviceBuffer gateT,
            DeviceBuffer hPrev, DeviceBuffer cPrev, DeviceBuffer cNext, DeviceBuffer dh, DeviceBuffer dc,
            DeviceBuffer dxg, DeviceBuffer dhg) {
        new KernelArgs(cellBackward).add(cell).add(rows).add(steps).add(hidden).add(t).add(fresh ? 1 : 0)
                .add(hasGrad ? 1 : 0).add(grad).add(gradStride).add(gradOffset).add(hgT).add(gateT).add(hPrev)
                .add(cPrev).add(cNext).add(dh).add(dc).add(dxg).add(dhg);
        launcher.elementWise(cellBackward, "cell_backward", rows * hidden);
    }
}
