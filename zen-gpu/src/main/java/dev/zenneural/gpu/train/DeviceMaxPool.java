package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.MaxPoolBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/**
 * A max pooling on the device: its values, the position of each window's maximum (for backward)
 * and the gradient, for up to {@code rows} rows.
 */
final class DeviceMaxPool extends OutputLayer {

    private final MaxPoolBlock pool;
    private final DeviceBuffer argmax;

    DeviceMaxPool(DeviceContext context, ClResources owner, MaxPoolBlock pool, int rows) {
        super(context, owner, rows, pool.out());
        this.pool = pool;
        this.argmax = owner.add(context.allocate(rows * pool.out()));
    }

    @Override
    public void forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        kernels.maxPool(rows, pool.in(), pool.kernel(), pool.out(), x, values(), argmax);
    }

    @Override
    public void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer below) {
        if (below != null) {
            kernels.maxPoolBackward(rows, pool.in(), pool.kernel(), pool.out(), argmax, grad(), below);
        }
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of();
    }

    @Override
    public StackLayer read(DeviceContext context) {
        return pool;
    }
}
