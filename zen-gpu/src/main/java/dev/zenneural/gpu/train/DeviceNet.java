package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A dense net's branches on the device and how they combine ({@link DenseNet.Combination}): the
 * forward pass into {@link #output} and the backward pass from {@link #outputGrad}, as zen-ml's
 * {@code Sum} and {@code DoublyResidual} compute them.
 */
abstract class DeviceNet {

    final DeviceContext context;
    final List<DeviceChain> chains = new ArrayList<>();
    final int in;
    final int out;
    private final DenseNet.Combination combination;
    /** The net's outputs ({@code rows x out}) and the loss gradient with respect to them. */
    DeviceBuffer output;
    DeviceBuffer outputGrad;

    private DeviceNet(DeviceContext context, ClResources owner, DenseNet net, int rows) {
        this.context = context;
        this.in = net.in();
        this.out = net.out();
        this.combination = net.combination();
        for (var branch : net.branches()) {
            chains.add(new DeviceChain(context, owner, branch, rows));
        }
    }

    /** The net on the device with scratch for {@code rows} rows, its buffers registered in {@code owner}. */
    static DeviceNet of(DeviceContext context, ClResources owner, DenseNet net, int rows) {
        return switch (net.combination()) {
            case SUM -> new Sum(context, owner, net, rows);
            case DOUBLY_RESIDUAL -> new DoublyResidual(context, owner, net, rows);
        };
    }

    /** The outputs of the first {@code rows} rows of {@code inputs} into {@link #output}. */
    abstract void forward(DenseKernels kernels, DeviceBuffer inputs, int rows);

    /** From {@link #outputGrad}: every trainable block's parameter gradients, overwritten. */
    abstract void backward(DenseKernels kernels, DeviceBuffer inputs, int rows);

    /** Every trained parameter array, branch after branch. */
    List<DeviceParameter> parameters() {
        return chains.stream().flatMap(c -> c.parameters().stream()).toList();
    }

    /** The net with its current parameters, copied from the device. */
    DenseNet read() {
        return new DenseNet(chains.stream().map(c -> c.read(context)).toList(), combination);
    }

    /** Branches over the same input whose outputs are added. */
    private static final class Sum extends DeviceNet {

        Sum(DeviceContext context, ClResources owner, DenseNet net, int rows) {
            super(context, owner, net, rows);
            boolean single = chains.size() == 1;
            output = single ? chains.get(0).last().values() : owner.add(context.allocate(rows * out));
            outputGrad = single ? chains.get(0).last().grad() : owner.add(context.allocate(rows * out));
        }

        @Override
        void forward(DenseKernels kernels, DeviceBuffer inputs, int rows) {
            for (int i = 0; i < chains.size(); i++) {
                DeviceBuffer y = chains.get(i).forward(kernels, inputs, rows);
                if (chains.size() > 1) {
                    if (i == 0) {
                        context.copy(y, 0, output, 0, rows * out);
                    } else {
                        kernels.addInto(rows * out, y, output);
                    }
                }
            }
        }

        @Override
        void backward(DenseKernels kernels, DeviceBuffer inputs, int rows) {
            for (DeviceChain chain : chains) {
                if (!chain.trains()) {
                    continue;
                }
                if (chains.size() > 1) {
                    context.copy(outputGrad, 0, chain.last().grad(), 0, rows * out);
                }
                chain.backward(kernels, inputs, rows, null);
            }
        }
    }

    /**
     * N-BEATS's stacking: block {@code b} reads residual {@code b} (the inputs for the first), its
     * backcast is subtracted into residual {@code b + 1} and its forecast added to the output.
     */
    private static final class DoublyResidual extends DeviceNet {

        /** Residuals 1 to n - 1 (residual 0 is the inputs), and the gradients of the residuals. */
        private final List<DeviceBuffer> residuals = new ArrayList<>();
        private final DeviceBuffer gradResidual;
        private final DeviceBuffer gradInput;

        DoublyResidual(DeviceContext context, ClResources owner, DenseNet net, int rows) {
            super(context, owner, net, rows);
            for (int b = 1; b < chains.size(); b++) {
                residuals.add(owner.add(context.allocate(rows * in)));
            }
            output = owner.add(context.allocate(rows * out));
            outputGrad = owner.add(context.allocate(rows * out));
            gradResidual = owner.add(context.allocate(rows * in));
            gradInput = owner.add(context.allocate(rows * in));
        }

        private DeviceBuffer residual(int block, DeviceBuffer inputs) {
            return block == 0 ? inputs : residuals.get(block - 1);
        }

        @Override
        void forward(DenseKernels kernels, DeviceBuffer inputs, int rows) {
            for (int b = 0; b < chains.size(); b++) {
                DeviceBuffer x = residual(b, inputs);
                DeviceBuffer y = chains.get(b).forward(kernels, x, rows);
                boolean hasNext = b + 1 < chains.size();
                // Without a next residual the kernel writes none; any other buffer stands in for it.
                kernels.residualForward(rows, in, out, x, y, hasNext ? residuals.get(b) : gradInput, hasNext, b == 0,
                        output);
            }
        }

        @Override
        void backward(DenseKernels kernels, DeviceBuffer inputs, int rows) {
            context.fill(gradResidual, 0f);
            for (int b = chains.size() - 1; b >= 0; b--) {
                DeviceChain chain = chains.get(b);
                kernels.residualBackward(rows, in, out, gradResidual, outputGrad, chain.last().grad());
                // The first block's input is the data: its gradient is of no use.
                chain.backward(kernels, residual(b, inputs), rows, b > 0 ? gradInput : null);
                if (b > 0) {
                    kernels.addInto(rows * in, gradInput, gradResidual);
                }
            }
        }
    }
}
