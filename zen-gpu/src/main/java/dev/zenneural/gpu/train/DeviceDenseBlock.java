package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/**
 * One dense block's memory on the device: its weights ({@code out x in}) and biases, for a
 * trainable block as {@link DeviceParameter}s (with their gradients and Adam's two moments), for a
 * frozen one the values alone; and for up to {@code rows} rows its values and the gradient with
 * respect to them ({@code rows x out}).
 */
final class DeviceDenseBlock extends OutputLayer {

    private final int in;
    private final int out;
    private final boolean relu;
    private final DeviceBuffer weight;
    private final DeviceBuffer bias;
    /** Weights, then biases, where the block trains; empty where it is frozen. */
    private final List<DeviceParameter> parameters;

    /** Uploads {@code block}'s parameters and allocates the rest, registered in {@code owner}. */
    DeviceDenseBlock(DeviceContext context, ClResources owner, DenseBlock block, int rows) {
        super(context, owner, rows, block.out());
        this.in = block.in();
        this.out = block.out();
        this.relu = block.relu();
        if (block.trainable()) {
            DeviceParameter w = DeviceParameter.upload(context, owner, block.weight());
            DeviceParameter b = DeviceParameter.upload(context, owner, block.bias());
            this.parameters = List.of(w, b);
            this.weight = w.value();
            this.bias = b.value();
        } else {
            this.parameters = List.of();
            this.weight = owner.add(context.upload(block.weight()));
            this.bias = owner.add(context.upload(block.bias()));
        }
    }

    @Override
    public List<DeviceParameter> parameters() {
        return parameters;
    }

    @Override
    public void forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        kernels.gemm(false, true, rows, out, in, x, in, weight, in, 0f, values(), out);
        kernels.biasRelu(rows, out, values(), bias, relu);
    }

    @Override
    public void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer below) {
        if (relu) {
            kernels.reluBackward(rows * out, values(), grad());
        }
        if (trainable()) {
            kernels.gemm(true, false, out, in, rows, grad(), out, x, in, 0f, parameters.get(0).grad(), in);
            kernels.columnSums(rows, out, grad(), parameters.get(1).grad());
        }
        if (below != null) {
            kernels.gemm(false, false, rows, in, out, grad(), out, weight, in, 0f, below, in);
        }
    }

    /** The block with its current parameters, copied from the device. */
    @Override
    public DenseBlock read(DeviceContext context) {
        float[] w = new float[in * out];
        float[] b = new float[out];
        context.read(weight, w);
        context.read(bias, b);
        return new DenseBlock(in, out, w, b, relu, trainable());
    }
}
