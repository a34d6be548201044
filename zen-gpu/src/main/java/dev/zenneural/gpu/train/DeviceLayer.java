package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;

/**
 * One layer's memory on the device: its parameters and slopes ({@code count x k}, FANN's order,
 * bias weight last in each row) and, for a chunk of up to {@code rows} pairs, its steepened sums,
 * values and errors ({@code rows x count}).
 */
final class DeviceLayer {

    final LayerShape shape;
    final int activation;
    /** {@code ActivationFunction.steepenedSum}'s bound, computed here in float as there. */
    final float maxSum;
    final DeviceBuffer params;
    final DeviceBuffer slopes;
    final DeviceBuffer sums;
    final DeviceBuffer values;
    final DeviceBuffer errors;

    /** Allocates the layer's buffers, registered in {@code owner}; the parameters from {@code weights}. */
    DeviceLayer(DeviceContext context, ClResources owner, LayerShape shape, float[] weights, int rows) {
        this.shape = shape;
        this.activation = DeviceActivation.code(shape.activation());
        this.maxSum = 150 / shape.steepness();
        float[] own = new float[shape.weights()];
        System.arraycopy(weights, shape.weightStart(), own, 0, own.length);
        this.params = owner.add(context.upload(own));
        this.slopes = owner.add(context.allocate(shape.weights()));
        this.sums = owner.add(context.allocate(rows * shape.count()));
        this.values = owner.add(context.allocate(rows * shape.count()));
        this.errors = owner.add(context.allocate(rows * shape.count()));
    }

    int count() {
        return shape.count();
    }

    int k() {
        return shape.k();
    }

    ActivationFunction function() {
        return shape.activation();
    }
}
