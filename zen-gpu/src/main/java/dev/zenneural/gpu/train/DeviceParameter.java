package dev.zenneural.gpu.train;

import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;

/**
 * One trained parameter array on the device with what Adam needs of it: its gradient, written by
 * the backward pass, and its two moments, {@code size} values each. What {@link OpenClDenseStackRun}
 * clips and updates, whichever layer (dense, recurrent, convolution) it belongs to; a layer lists
 * its own ({@link DeviceStackLayer#parameters()}).
 *
 * @param size the values
 * @param value the parameters
 * @param grad their gradient
 * @param mean Adam's first moment
 * @param meanSquare Adam's second moment
 */
record DeviceParameter(int size, DeviceBuffer value, DeviceBuffer grad, DeviceBuffer mean, DeviceBuffer meanSquare) {

    /** Uploads {@code values} with a gradient buffer and zero moments, registered in {@code owner}. */
    static DeviceParameter upload(DeviceContext context, ClResources owner, float[] values) {
        return new DeviceParameter(values.length, owner.add(context.upload(values)),
                owner.add(context.allocate(values.length)), zeros(context, owner, values.length),
                zeros(context, owner, values.length));
    }

    private static DeviceBuffer zeros(DeviceContext context, ClResources owner, int size) {
        DeviceBuffer buffer = owner.add(context.allocate(size));
        context.fill(buffer, 0f);
        return buffer;
    }

    /** The parameters, copied from the device. */
    float[] read(DeviceContext context) {
        float[] values = new float[size];
        context.read(value, values);
        return values;
    }
}
