package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link DenseNet} trained with Adam on an OpenCL device, step by step as zen-ml's layers and
 * {@code AdamOptimizer} train it on the host: the same forward pass, point loss, backward pass,
 * gradient clip and update, in float.
 *
 * <p>What lives on the device: each block's parameters (and a trainable block's gradients and Adam
 * moments), and scratch for {@code maxRows} rows. A step writes the batch (inputs, targets, mask),
 * runs per block one product and one bias/ReLU kernel forward (and one addition per further
 * branch), and backward per trainable block two products (one for a branch's first trainable
 * block), a column sum and the ReLU mask; it sums the loss (and the gradients' squared norm when
 * clipping) on the device, runs one Adam kernel per trainable parameter array, and reads back two
 * numbers: the loss sum and that norm. Results equal the host's up to float rounding: the device
 * sums in another order, and its square root and division need not be correctly rounded.
 */
public final class OpenClDenseStackRun implements DenseStackRun {

    private final DeviceContext context;
    private final ClResources resources = new ClResources();
    private final StackSettings settings;
    private final DenseKernels kernels;
    private final List<List<DeviceDenseBlock>> branches = new ArrayList<>();
    private final int in;
    private final int out;
    private final DeviceBuffer inputs;
    private final DeviceBuffer targets;
    private final DeviceBuffer mask;
    private final DeviceBuffer terms;
    /** The net's outputs and their loss gradient: the only branch's, or the sum's of several. */
    private final DeviceBuffer output;
    private final DeviceBuffer outputGrad;
    /** [0]: the batch's loss sum; [1]: the gradients' squared norm, when clipping. */
    private final DeviceBuffer scalars;
    private final float[] readBack = new float[2];
    private int steps;
    private boolean closed;

    /**
     * Copies a net to the device; see {@code DenseStackTraining.start}.
     *
     * @param context the device
     * @param net the net
     * @param settings the loss, Adam's constants, clipping and the most rows per call
     * @throws IllegalArgumentException if a block's values for {@code maxRows} rows do not fit one buffer
     */
    public OpenClDenseStackRun(DeviceContext context, DenseNet net, StackSettings settings) {
        this.context = Objects.requireNonNull(context, "context");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.in = net.in();
        this.out = net.out();
        int rows = settings.maxRows();
        int widest = Math.max(in, net.branches().stream().flatMap(List::stream).mapToInt(DenseBlock::out).max()
                .orElse(1));
        if ((long) rows * widest > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows + " rows of " + widest + " values do not fit one device buffer");
        }
        try {
            this.kernels = new DenseKernels(context, resources);
            for (List<DenseBlock> branch : net.branches()) {
                List<DeviceDenseBlock> own = new ArrayList<>();
                for (DenseBlock block : branch) {
                    own.add(new DeviceDenseBlock(context, resources, block, rows));
                }
                branches.add(own);
            }
            this.inputs = resources.add(context.allocate(rows * in));
            this.targets = resources.add(context.allocate(rows * out));
            this.mask = resources.add(context.allocate(rows * out));
            this.terms = resources.add(context.allocate(rows * out));
            boolean single = branches.size() == 1;
            this.output = single ? last(branches.get(0)).values : resources.add(context.allocate(rows * out));
            this.outputGrad = single ? last(branches.get(0)).grad : resources.add(context.allocate(rows * out));
            this.scalars = resources.add(context.allocate(2));
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
        }
    }

    private static DeviceDenseBlock last(List<DeviceDenseBlock> branch) {
        return branch.get(branch.size() - 1);
    }

    /** Every trainable block, branch after branch. */
    private List<DeviceDenseBlock> trainable() {
        return branches.stream().flatMap(List::stream).filter(b -> b.trainable).toList();
    }

    @Override
    public double step(float[] inputs, float[] targets, float[] mask, int rows, float learningRate) {
        double weight = upload(inputs, targets, mask, rows);
        forward(rows);
        loss(rows, weight);
        backward(rows);
        List<DeviceDenseBlock> trainable = trainable();
        boolean clip = settings.maxGradNorm() > 0 && !trainable.isEmpty();
        if (clip) {
            // scalars[0] holds the loss: the norm's sum starts over at [1] with the first array.
            boolean first = true;
            for (DeviceDenseBlock b : trainable) {
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
        for (DeviceDenseBlock b : trainable) {
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
        context.read(output, result);
        return result;
    }

    @Override
    public DenseNet trained() {
        checkOpen();
        List<List<DenseBlock>> result = new ArrayList<>();
        for (List<DeviceDenseBlock> branch : branches) {
            result.add(branch.stream().map(b -> b.read(context)).toList());
        }
        return new DenseNet(result);
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
        for (int i = 0; i < branches.size(); i++) {
            DeviceBuffer x = inputs;
            for (DeviceDenseBlock b : branches.get(i)) {
                kernels.gemm(false, true, rows, b.out, b.in, x, b.in, b.weight, b.in, 0f, b.values, b.out);
                kernels.biasRelu(rows, b.out, b.values, b.bias, b.relu);
                x = b.values;
            }
            if (branches.size() > 1) {
                if (i == 0) {
                    context.copy(x, 0, output, 0, rows * out);
                } else {
                    kernels.addInto(rows * out, x, output);
                }
            }
        }
    }

    /** The loss sum into scalars[0] and its gradient into {@code outputGrad}. */
    private void loss(int rows, double weight) {
        int kind = switch (settings.loss()) {
            case MAE -> DenseKernels.LOSS_MAE;
            case MSE -> DenseKernels.LOSS_MSE;
        };
        kernels.pointLoss(rows * out, output, targets, mask, kind, weight == 0 ? 0f : (float) (1 / weight), terms,
                outputGrad);
        kernels.sumInto(rows * out, terms, false, scalars, 0, false);
    }

    /**
     * From {@code outputGrad}: every trainable block's parameter gradients, overwritten. A branch
     * passes gradients down only as far as its first trainable block.
     */
    private void backward(int rows) {
        for (List<DeviceDenseBlock> branch : branches) {
            int first = 0;
            while (first < branch.size() && !branch.get(first).trainable) {
                first++;
            }
            if (first == branch.size()) {
                continue;
            }
            if (branches.size() > 1) {
                context.copy(outputGrad, 0, last(branch).grad, 0, rows * out);
            }
            for (int i = branch.size() - 1; i >= first; i--) {
                DeviceDenseBlock b = branch.get(i);
                if (b.relu) {
                    kernels.reluBackward(rows * b.out, b.values, b.grad);
                }
                DeviceBuffer x = i == 0 ? inputs : branch.get(i - 1).values;
                if (b.trainable) {
                    kernels.gemm(true, false, b.out, b.in, rows, b.grad, b.out, x, b.in, 0f, b.weightGrad, b.in);
                    kernels.columnSums(rows, b.out, b.grad, b.biasGrad);
                }
                if (i > first) {
                    kernels.gemm(false, false, rows, b.in, b.out, b.grad, b.out, b.weight, b.in, 0f,
                            branch.get(i - 1).grad, b.in);
                }
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
