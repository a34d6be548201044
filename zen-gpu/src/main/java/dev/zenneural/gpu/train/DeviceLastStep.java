package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.LastStepBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/** A last step on the device ({@code conv.cl}): its values and their gradient for up to {@code rows} rows. */
final class DeviceLastStep extends OutputLayer {

    private final LastStepBlock block;
    private final ConvKernels kernels;

    DeviceLastStep(DeviceContext context, ClResources owner, LastStepBlock block, int rows) {
        super(context, owner, rows, block.out());
        this.block = block;
        this.kernels = new ConvKernels(context, owner);
    }

    @Override
    public void forward(DenseKernels dense, DeviceBuffer x, int rows) {
        kernels.lastStep(dense, rows, block.steps(), block.channels(), x, values());
    }

    @Override
    public void backward(DenseKernels dense, DeviceBuffer x, int rows, DeviceBuffer below) {
        if (below != null) {
            kernels.lastStepBackward(dense, rows, block.steps(), block.channels(), grad(), below);
        }
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of();
    }

    @Override
    public StackLayer read(DeviceContext context) {
        return block;
    }
}
