package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.LastStepBlock;
import dev.zenneural.core.nn.stack.MaxPoolBlock;
import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;

/** One branch of a dense net on the device: its layers, run forward and backward as zen-ml's layers. */
final class DeviceChain {

    final List<DeviceStackLayer> layers = new ArrayList<>();
    /** The first layer training updates; {@code layers.size()} when none. */
    private final int firstTrainable;

    /** Uploads {@code chain}'s layers with scratch for {@code rows} rows, registered in {@code owner}. */
    DeviceChain(DeviceContext context, ClResources owner, List<StackLayer> chain, int rows) {
        for (StackLayer layer : chain) {
            if (layer instanceof DenseBlock block) {
                layers.add(new DeviceDenseBlock(context, owner, block, rows));
            } else if (layer instanceof MaxPoolBlock pool) {
                layers.add(new DeviceMaxPool(context, owner, pool, rows));
            } else if (layer instanceof RecurrentBlock recurrent) {
                layers.add(new DeviceRecurrent(context, owner, recurrent, rows));
            } else if (layer instanceof ConvBlock conv) {
                layers.add(new DeviceConv(context, owner, conv, rows));
            } else if (layer instanceof LastStepBlock lastStep) {
                layers.add(new DeviceLastStep(context, owner, lastStep, rows));
            } else {
                throw new AssertionError("a stack layer of an unknown kind: " + layer);
            }
        }
        int first = 0;
        while (first < layers.size() && !layers.get(first).trainable()) {
            first++;
        }
        this.firstTrainable = first;
    }

    DeviceStackLayer last() {
        return layers.get(layers.size() - 1);
    }

    /** Whether training updates any of the layers. */
    boolean trains() {
        return firstTrainable < layers.size();
    }

    /** The trained parameter arrays, input side first. */
    List<DeviceParameter> parameters() {
        return layers.stream().flatMap(layer -> layer.parameters().stream()).toList();
    }

    /** Each layer's values from {@code x}; returns the last layer's. */
    DeviceBuffer forward(DenseKernels kernels, DeviceBuffer x, int rows) {
        DeviceBuffer below = x;
        for (DeviceStackLayer layer : layers) {
            layer.forward(kernels, below, rows);
            below = layer.values();
        }
        return below;
    }

    /**
     * From the gradient in {@code last().grad()}: every trainable layer's parameter gradients,
     * overwritten, and, where {@code inputGrad} is given, the gradient with respect to {@code x}
     * into it. Without it the gradient goes down only as far as the first trainable layer.
     */
    void backward(DenseKernels kernels, DeviceBuffer x, int rows, DeviceBuffer inputGrad) {
        int lowest = inputGrad != null ? 0 : firstTrainable;
        for (int i = layers.size() - 1; i >= lowest; i--) {
            DeviceBuffer source = i == 0 ? x : layers.get(i - 1).values();
            DeviceBuffer below = i > lowest ? layers.get(i - 1).grad() : inputGrad;
            layers.get(i).backward(kernels, source, rows, below);
        }
    }

    /** The layers with their current parameters, copied from the device. */
    List<StackLayer> read(DeviceContext context) {
        return layers.stream().map(layer -> layer.read(context)).toList();
    }
}
