package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stack of dense blocks trained with Adam on an OpenCL device, step by step as zen-ml's layers
 * and {@code AdamOptimizer} train it on the host: the same forward pass, point loss, backward
 * pass, gradient clip and update, in float.
 *
 * <p>What lives on the device: each block's parameters, gradients and Adam moments, and scratch for
 * {@code maxRows} rows. A step writes the batch (inputs, targets, mask), runs per block one product
 * and one bias/ReLU kernel forward and two products (one for the first block), a column sum and
 * the ReLU mask backward, sums the loss (and the gradients' squared norm when clipping) on the
 * device, runs one Adam kernel per parameter array, and reads back two numbers: the loss sum and
 * that norm. Results equal the host's up to float rounding: the device sums in another order, and
 * its square root and division need not be correctly rounded.
 */
public final class OpenClDenseStackRun implements DenseStackRun {

    private final DeviceContext context;
    private final ClResources resources = new ClResources();
    private final StackSettings settings;
    private final DenseKernels kernels;
    private final List<DeviceDenseBlock> blocks = new ArrayList<>();
    private final int in;
    private final int out;
    private final DeviceBuffer inputs;
    private final DeviceBuffer targets;
    private final DeviceBuffer mask;
    private final DeviceBuffer terms;
    /** [0]: the batch's loss sum; [1]: the gradients' squared norm, when clipping. */
    private final DeviceBuffer scalars;
    private final float[] readBack = new float[2];
    private int steps;
    private boolean closed;

    /**
     * Copies a stack to the device; see {@code DenseStackTraining.start}.
     *
     * @param context the device
     * @param blocks the stack, input side first
     * @param settings the loss, Adam's constants, clipping and the most rows per call
     * @throws IllegalArgumentException if the blocks do not chain
     */
    public OpenClDenseStackRun(DeviceContext context, List<DenseBlock> blocks, StackSettings settings) {
        this.context = Objects.requireNonNull(context, "context");
        this.settings = Objects.requireNonNull(settings, "settings");
        DenseBlock.checkStack(blocks);
        this.in = blocks.get(0).in();
        this.out = blocks.get(blocks.size() - 1).out();
        int rows = settings.maxRows();
        if ((long) rows * Math.max(in, widest(blocks)) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows + " rows of " + Math.max(in, widest(blocks))
                    + " values do not fit one device buffer");
        }
        try {
            this.kernels = new DenseKernels(context, resources);
            for (DenseBlock block : blocks) {
                this.blocks.add(new DeviceDenseBlock(context, resources, block, rows));
            }
            this.inputs = resources.add(context.allocate(rows * in));
            this.targets = resources.add(context.allocate(rows * out));
            this.mask = resources.add(context.allocate(rows * out));
            this.terms = resources.add(context.allocate(rows * out));
            this.scalars = resources.add(context.allocate(2));
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
        }
    }

    private static int widest(List<DenseBlock> blocks) {
        return blocks.stream().mapToInt(DenseBlock::out).max().orElse(1);
    }

    @Override
    public double step(float[] inputs, float[] targets, float[] mask, int rows, float learningRate) {
        double weight = upload(inputs, targets, mask, rows);
        forward(rows);
        loss(rows, weight);
        backward(rows);
        boolean clip = settings.maxGradNorm() > 0;
        if (clip) {
            boolean first = true;
            for (DeviceDenseBlock b : blocks) {
                kernels.sumInto(b.in * b.out, b.weightGrad, true, scalars, 1, !first);
                kernels.sumInto(b.out, b.biasGrad, true, scalars, 1, true);
                first = false;
            }
        }
        // AdamOptimizer's bias corrections, in double and rounded once, as there.
        steps++;
        float rate = (float) (learningRate / (1 - Math.pow(settings.beta1(), steps)));
        float root2 = (float) Math.sqrt(1 - Math.pow(settings.beta2(), steps));
        float maxNorm = (float) settings.maxGradNorm();
        for (DeviceDenseBlock b : blocks) {
            kernels.adamDescent(b.in * b.out, b.weight, b.weightGrad, b.weightMean, b.weightMeanSquare,
                    settings.beta1(), settings.beta2(), rate, root2, settings.epsilon(), scalars, maxNorm);
            kernels.adamDescent(b.out, b.bias, b.biasGrad, b.biasMean, b.biasMeanSquare, settings.beta1(),
                    settings.beta2(), rate, root2, settings.epsilon(), scalars, maxNorm);
        }
        context.read(scalars, readBack);
        if (clip && !Float.isFinite(readBack[1])) {
            throw new IllegalStateException("the gradient is not finite at step " + steps
                    + " (its squared norm is " + readBack[1] + ")");
        }
        return weight == 0 ? 0 : readBack[0] / weight;
    }

    @Override
    public double loss(float[] inputs, float[] targets, float[] mask, int rows) {
        double weight = upload(inputs, targets, mask, rows);
        forward(rows);
        loss(rows, weight);
        context.read(scalars, readBack);
        return weight == 0 ? 0 : readBack[0] / weight;
    }

    @Override
    public float[] forward(float[] inputs, int rows) {
        checkOpen();
        checkRows(rows);
        checkLength("inputs", inputs, rows * in);
        context.write(inputs, rows * in, this.inputs);
        forward(rows);
        float[] result = new float[rows * out];
        context.read(blocks.get(blocks.size() - 1).values, result);
        return result;
    }

    @Override
    public List<DenseBlock> blocks() {
        checkOpen();
        List<DenseBlock> result = new ArrayList<>(blocks.size());
        for (DeviceDenseBlock b : blocks) {
            result.add(b.read(context));
        }
        return result;
    }

    /** Writes a batch to the device and returns its mask's sum, which the loss is divided by. */
    private double upload(float[] inputs, float[] targets, float[] mask, int rows) {
        checkOpen();
        checkRows(rows);
        checkLength("inputs", inputs, rows * in);
        checkLength("targets", targets, rows * out);
        checkLength("mask", mask, rows * out);
        context.write(inputs, rows * in, this.inputs);
        context.write(targets, rows * out, this.targets);
        context.write(mask, rows * out, this.mask);
        double weight = 0;
        for (int i = 0; i < rows * out; i++) {
            weight += mask[i];
        }
        return weight;
    }

    private void forward(int rows) {
        DeviceBuffer x = inputs;
        for (DeviceDenseBlock b : blocks) {
            kernels.gemm(false, true, rows, b.out, b.in, x, b.in, b.weight, b.in, 0f, b.values, b.out);
            kernels.biasRelu(rows, b.out, b.values, b.bias, b.relu);
            x = b.values;
        }
    }

    /** The loss sum into scalars[0] and its gradient into the last block's {@code grad}. */
    private void loss(int rows, double weight) {
        DeviceDenseBlock last = blocks.get(blocks.size() - 1);
        int kind = switch (settings.loss()) {
            case MAE -> DenseKernels.LOSS_MAE;
            case MSE -> DenseKernels.LOSS_MSE;
        };
        kernels.pointLoss(rows * out, last.values, targets, mask, kind, weight == 0 ? 0f : (float) (1 / weight), terms,
                last.grad);
        kernels.sumInto(rows * out, terms, false, scalars, 0, false);
    }

    /** From the last block's {@code grad}: every block's parameter gradients, overwritten. */
    private void backward(int rows) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            DeviceDenseBlock b = blocks.get(i);
            if (b.relu) {
                kernels.reluBackward(rows * b.out, b.values, b.grad);
            }
            DeviceBuffer x = i == 0 ? inputs : blocks.get(i - 1).values;
            kernels.gemm(true, false, b.out, b.in, rows, b.grad, b.out, x, b.in, 0f, b.weightGrad, b.in);
            kernels.columnSums(rows, b.out, b.grad, b.biasGrad);
            if (i > 0) {
                kernels.gemm(false, false, rows, b.in, b.out, b.grad, b.out, b.weight, b.in, 0f,
                        blocks.get(i - 1).grad, b.in);
            }
        }
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > settings.maxRows()) {
            throw new IllegalArgumentException("a batch needs 1 to " + settings.maxRows() + " rows (the run's"
                    + " maxRows), got " + rows);
        }
    }

    private static void checkLength(String what, float[] values, int needed) {
        if (values.length < needed) {
            throw new IllegalArgumentException("the " + what + " hold " + values.length + " values; the batch needs "
                    + needed);
        }
    }

    /** Frees every buffer and kernel of this run; does nothing the second time. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            resources.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this training run is closed");
        }
    }
}
