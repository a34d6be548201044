package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/** One layer of a chain on the device ({@link DeviceChain}): its values and their gradient, forward and backward. */
sealed interface DeviceStackLayer permits OutputLayer, DeviceRecurrent {

    /** The layer's outputs for the last forward pass, {@code rows x out}. */
    DeviceBuffer values();

    /** The loss gradient with respect to {@link #values()}, set by the layer above before {@link #backward}. */
    DeviceBuffer grad();

    /** Computes {@link #values()} from {@code x}, {@code rows x in}. */
    void forward(DenseKernels kernels, DeviceBuffer x, int rows);

    /**
     * From {@link #grad()}: the layer's parameter gradients, if it trains, and where {@code below} is
     * given, the gradient with respect to {@code x} into it.
     */
    void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer below);

    /**
     * The arrays training updates, with their gradients and Adam's moments, in a fixed order; none
     * for a layer without parameters or a frozen one.
     */
    List<DeviceParameter> parameters();

    /** Whether training updates this layer: whether it has {@link #parameters()}. */
    default boolean trainable() {
        return !parameters().isEmpty();
    }

    /** The layer with its current parameters, copied from the device. */
    StackLayer read(DeviceContext context);
}
