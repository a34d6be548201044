package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/**
 * One dense block's memory on the device: its weights ({@code out x in}) and biases, for a
 * trainable block with their gradients and Adam's two moments (null for a frozen one), and for up
 * to {@code rows} rows its values and the gradient with respect to them ({@code rows x out}).
 */
final class DeviceDenseBlock implements DeviceStackLayer {

    final int in;
    final int out;
    final boolean relu;
    final boolean trainable;
    final DeviceBuffer weight;
    final DeviceBuffer bias;
    final DeviceBuffer weightGrad;
    final DeviceBuffer biasGrad;
    final DeviceBuffer weightMean;
    final DeviceBuffer weightMeanSquare;
    final DeviceBuffer biasMean;
    final DeviceBuffer biasMeanSquare;
    final DeviceBuffer values;
    final DeviceBuffer grad;

    /** Uploads {@code block}'s parameters and allocates the rest, registered in {@code owner}. */
    DeviceDenseBlock(DeviceContext context, ClResources owner, DenseBlock block, int rows) {
        this.in = block.in();
        this.out = block.out();
        this.relu = block.relu();
        this.trainable = block.trainable();
        this.weight = owner.add(context.upload(block.weight()));
        this.bias = owner.add(context.upload(block.bias()));
        this.weightGrad = trainable ? owner.add(context.allocate(in * out)) : null;
        this.biasGrad = trainable ? owner.add(context.allocate(out)) : null;
        this.weightMean = trainable ? zeros(context, owner, in * out) : null;
        this.weightMeanSquare = trainable ? zeros(context, owner, in * out) : null;
        this.biasMean = trainable ? zeros(context, owner, out) : null;
        this.biasMeanSquare = trainable ? zeros(context, owner, out) : null;
        this.values = owner.add(context.allocate(rows * out));
        this.grad = owner.add(context.allocate(rows * out));
    }

    private static DeviceBuffer zeros(DeviceContext context, ClResources owner, int size) {
        DeviceBuffer buffer = owner.add(context.allocate(size));
        context.fill(buffer, 0f);
        return buffer;
    }

    @Override
    public DeviceBuffer values() {
        return values;
    }

    @Override
    public DeviceBuffer grad() {
        return grad;
    }

    @Override
    public boolean trainable() {
        return trainable;
    }

    @Override
    public List<DeviceParameter> parameters() {
        return trainable ? List.of(new DeviceParameter(in * out, weight, weightGrad, weightMean, weightMeanSquare),
                new DeviceParameter(out, bias, biasGrad, biasMean, biasMeanSquare)) : List.of();
    }

    @Override
    public void forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        kernels.gemm(false, true, rows, out, in, x, in, weight, in, 0f, values, out);
        kernels.biasRelu(rows, out, values, bias, relu);
    }

    @Override
    public void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer below) {
        if (relu) {
            kernels.reluBackward(rows * out, values, grad);
        }
        if (trainable) {
            kernels.gemm(true, false, out, in, rows, grad, out, x, in, 0f, weightGrad, in);
            kernels.columnSums(rows, out, grad, biasGrad);
        }
        if (below != null) {
            kernels.gemm(false, false, rows, in, out, grad, out, weight, in, 0f, below, in);
        }
    }

    /** The block with its current parameters, copied from the device. */
    @Override
    public DenseBlock read(DeviceContext context) {
        float[] w = new float[in * out];
        float[] b = new float[out];
        context.read(weight, w);
        context.read(bias, b);
        return new DenseBlock(in, out, w, b, relu, trainable);
    }
}
