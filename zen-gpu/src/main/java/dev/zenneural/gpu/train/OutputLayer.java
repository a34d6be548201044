package dev.zenneural.gpu.train;

import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;

/**
 * A chain layer whose values are one {@code rows x out} buffer of its own, with the gradient beside
 * it: every layer but the recurrent one, whose values are one of its step states.
 */
abstract sealed class OutputLayer implements DeviceStackLayer permits DeviceDenseBlock, DeviceMaxPool, DeviceConv,
        DeviceLastStep {

    private final DeviceBuffer values;
    private final DeviceBuffer grad;

    /** Allocates the values and their gradient for up to {@code rows} rows, registered in {@code owner}. */
    OutputLayer(DeviceContext context, ClResources owner, int rows, int out) {
        this.values = owner.add(context.allocate(rows * out));
        this.grad = owner.add(context.allocate(rows * out));
    }

    @Override
    public final DeviceBuffer values() {
        return values;
    }

    @Override
    public final DeviceBuffer grad() {
        return grad;
    }
}
