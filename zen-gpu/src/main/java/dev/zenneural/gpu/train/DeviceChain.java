package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;

/** One branch of a dense net on the device: its blocks, run forward and backward as zen-ml's layers. */
final class DeviceChain {

    final List<DeviceDenseBlock> blocks = new ArrayList<>();
    /** The first block training updates; {@code blocks.size()} when none. */
    private final int firstTrainable;

    /** Uploads {@code chain}'s blocks with scratch for {@code rows} rows, registered in {@code owner}. */
    DeviceChain(DeviceContext context, ClResources owner, List<DenseBlock> chain, int rows) {
        for (DenseBlock block : chain) {
            blocks.add(new DeviceDenseBlock(context, owner, block, rows));
        }
        int first = 0;
        while (first < blocks.size() && !blocks.get(first).trainable) {
            first++;
        }
        this.firstTrainable = first;
    }

    DeviceDenseBlock last() {
        return blocks.get(blocks.size() - 1);
    }

    /** Each block's values from {@code x}; returns the last block's. */
    DeviceBuffer forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        DeviceBuffer below = x;
        for (DeviceDenseBlock b : blocks) {
            kernels.gemm(false, true, rows, b.out, b.in, below, b.in, b.weight, b.in, 0f, b.values, b.out);
            kernels.biasRelu(rows, b.out, b.values, b.bias, b.relu);
            below = b.values;
        }
        return below;
    }

    /**
     * From the gradient in {@code last().grad}: every trainable block's parameter gradients,
     * overwritten, and, where {@code inputGrad} is given, the gradient with respect to {@code x}
     * into it. Without it the gradient goes down only as far as the first trainable block.
     */
    void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer inputGrad) {
        int lowest = inputGrad != null ? 0 : firstTrainable;
        for (int i = blocks.size() - 1; i >= lowest; i--) {
            DeviceDenseBlock b = blocks.get(i);
            if (b.relu) {
                kernels.reluBackward(rows * b.out, b.values, b.grad);
            }
            if (b.trainable) {
                DeviceBuffer below = i == 0 ? x : blocks.get(i - 1).values;
                kernels.gemm(true, false, b.out, b.in, rows, b.grad, b.out, below, b.in, 0f, b.weightGrad, b.in);
                kernels.columnSums(rows, b.out, b.grad, b.biasGrad);
            }
            if (i > lowest || inputGrad != null) {
                DeviceBuffer into = i == 0 ? inputGrad : blocks.get(i - 1).grad;
                kernels.gemm(false, false, rows, b.in, b.out, b.grad, b.out, b.weight, b.in, 0f, into, b.in);
            }
        }
    }

    /** The blocks with their current parameters, copied from the device. */
    List<DenseBlock> read(DeviceContext context) {
        return blocks.stream().map(b -> b.read(context)).toList();
    }
}
