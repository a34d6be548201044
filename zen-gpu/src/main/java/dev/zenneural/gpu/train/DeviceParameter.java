package dev.zenneural.gpu.train;

import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;

/**
 * One trainable array on the device, as Adam updates it: its values, their gradient and Adam's two
 * moments, {@code size} elements each.
 */
record DeviceParameter(int size, DeviceBuffer value, DeviceBuffer grad, DeviceBuffer mean, DeviceBuffer meanSquare) {

    /** Uploads {@code values} and allocates the gradient and the moments (zeros), registered in {@code owner}. */
    static DeviceParameter upload(DeviceContext context, ClResources owner, float[] values) {
        return new DeviceParameter(values.length, owner.add(context.upload(values)),
                owner.add(context.allocate(values.length)), zeros(context, owner, values.length),
                zeros(context, owner, values.length));
    }

    /** A buffer of {@code size} zeros, registered in {@code owner}. */
    static DeviceBuffer zeros(DeviceContext context, ClResources owner, int size) {
        DeviceBuffer buffer = owner.add(context.allocate(size));
        context.fill(buffer, 0f);
        return buffer;
    }

    /** The values, copied from the device. */
    float[] read(DeviceContext context) {
        float[] values = new float[size];
        context.read(value, values);
        return values;
    }
}
