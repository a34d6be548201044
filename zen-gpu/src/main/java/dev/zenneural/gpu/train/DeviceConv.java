package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;

/**
 * A causal convolution on the device ({@code conv.cl}): its weights and biases with their gradients
 * and Adam's moments, and for up to {@code rows} rows its values and their gradient
 * ({@code rows x steps x outChannels}).
 */
final class DeviceConv extends OutputLayer {

    private final ConvBlock block;
    private final ConvKernels kernels;
    private final DeviceParameter weight;
    private final DeviceParameter bias;

    /** Uploads {@code block}'s parameters and allocates the rest, registered in {@code owner}. */
    DeviceConv(DeviceContext context, ClResources owner, ConvBlock block, int rows) {
        super(context, owner, rows, block.out());
        this.block = block;
        this.kernels = new ConvKernels(context, owner);
        this.weight = DeviceParameter.upload(context, owner, block.weight());
        this.bias = DeviceParameter.upload(context, owner, block.bias());
    }

    @Override
    public void forward(DenseKernels dense, DeviceBuffer x, int rows) {
        kernels.convForward(dense, rows, block, x, weight.value(), bias.value(), values());
    }

    @Override
    public void backward(DenseKernels dense, DeviceBuffer x, int rows, DeviceBuffer below) {
        if (block.relu()) {
            dense.reluBackward(rows * block.out(), values(), grad());
        }
        kernels.convWeightGrad(dense, rows, block, x, grad(), weight.grad());
        // Every step of every row adds to each channel's bias: column sums over rows x steps.
        dense.columnSums(rows * block.steps(), block.outChannels(), grad(), bias.grad());
        if (below != null) {
            kernels.convInputGrad(dense, rows, block, weight.value(), grad(), below);
        }
    }

    @Override
    public List<DeviceParameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public StackLayer read(DeviceContext context) {
        return new ConvBlock(block.steps(), block.inChannels(), block.outChannels(), block.kernelSize(),
                block.dilation(), weight.read(context), bias.read(context), block.relu());
    }
}
