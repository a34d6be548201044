package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.DenseStackRun;
import dev.zenneural.core.nn.stack.RowMaps;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.List;
import java.util.Objects;

/**
 * A {@link DenseNet} trained with Adam on an OpenCL device, step by step as zen-ml's layers and
 * {@code AdamOptimizer} train it on the host: the same forward pass, loss, backward pass,
 * gradient clip and update, in float; the loss is {@link DeviceLoss}'s.
 *
 * <p>What lives on the device: each layer's parameters (and a trained layer's gradients and Adam
 * moments, {@link DeviceParameter}), what a recurrent layer's backpropagation through time needs
 * of every step ({@link DeviceRecurrent}), and scratch for {@code maxRows} rows. A step writes the
 * batch (inputs, targets, mask, the rows' maps where given), runs per dense block one product and
 * one bias/ReLU kernel forward (per pooling, convolution or last step one kernel; per recurrent
 * layer one product for all steps, then a product and a cell kernel per step; plus the branches'
 * combination, {@link DeviceNet}), and backward per block the ReLU mask and up to three products
 * and a column sum, per convolution two kernels and a column sum, per recurrent layer through time
 * a cell kernel, two products and a column sum per step ({@link DeviceChain}); it sums the loss
 * (and the gradients' squared norm when clipping) on the device, runs one Adam kernel per trained
 * parameter array, and reads back two numbers: the loss sum and that norm. Results equal the host's
 * up to float rounding: the device sums in another order, and its square root and division need
 * not be correctly rounded.
 */
public final class OpenClDenseStackRun implements DenseStackRun {

    private final DeviceContext context;
    private final ClResources resources = new ClResources();
    private final StackSettings settings;
    private final DenseKernels kernels;
    private final DeviceNet net;
    private final int in;
    private final int out;
    private final DeviceBuffer inputs;
    private final DeviceLoss loss;
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
        int widest = Math.max(in, net.branches().stream().flatMap(List::stream).mapToInt(StackLayer::out).max()
                .orElse(1));
        if ((long) rows * widest > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows + " rows of " + widest + " values do not fit one device buffer");
        }
        try {
            this.kernels = new DenseKernels(context, resources);
            this.net = DeviceNet.of(context, resources, net, rows);
            this.inputs = resources.add(context.allocate(rows * in));
            this.loss = new DeviceLoss(context, resources, settings.loss(), out, rows);
            this.scalars = resources.add(context.allocate(2));
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
        }
    }

    @Override
    public double step(float[] inputs, float[] targets, float[] mask, RowMaps maps, int rows, float learningRate) {
        double weight = upload(inputs, targets, mask, maps, rows);
        forward(rows);
        computeLoss(rows, weight);
        backward(rows);
        List<DeviceParameter> parameters = net.parameters();
        boolean clip = settings.maxGradNorm() > 0 && !parameters.isEmpty();
        if (clip) {
            // scalars[0] holds the loss: the norm's sum starts over at [1] with the first array.
            boolean first = true;
            for (DeviceParameter p : parameters) {
                kernels.sumInto(p.size(), p.grad(), true, scalars, 1, !first);
                first = false;
            }
        }
        // AdamOptimizer's bias corrections, in double and rounded once, as there.
        steps++;
        float rate = (float) (learningRate / (1 - Math.pow(settings.beta1(), steps)));
        float root2 = (float) Math.sqrt(1 - Math.pow(settings.beta2(), steps));
        float maxNorm = (float) settings.maxGradNorm();
        for (DeviceParameter p : parameters) {
            kernels.adamDescent(p.size(), p.value(), p.grad(), p.mean(), p.meanSquare(), settings.beta1(),
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
    public double loss(float[] inputs, float[] targets, float[] mask, RowMaps maps, int rows) {
        double weight = upload(inputs, targets, mask, maps, rows);
        forward(rows);
        computeLoss(rows, weight);
        context.read(scalars, readBack);
        return weight == 0 ? 0 : readBack[0] / weight;
    }

    @Override
    public float[] forward(float[] inputs, int rows) {
        checkOpen();
        checkRows(rows);
        DeviceLoss.checkLength("inputs", inputs, rows * in);
        context.write(inputs, rows * in, this.inputs);
        forward(rows);
        float[] result = new float[rows * out];
        context.read(net.output, result);
        return result;
    }

    @Override
    public DenseNet trained() {
        checkOpen();
        return net.read();
    }

    /** Writes a batch to the device and returns what the loss sum is divided by ({@link DeviceLoss#upload}). */
    private double upload(float[] inputs, float[] targets, float[] mask, RowMaps maps, int rows) {
        checkOpen();
        checkRows(rows);
        DeviceLoss.checkLength("inputs", inputs, rows * in);
        double weight = loss.upload(targets, mask, maps, rows);
        context.write(inputs, rows * in, this.inputs);
        return weight;
    }

    private void forward(int rows) {
        net.forward(kernels, inputs, rows);
    }

    /** The loss sum into scalars[0] and its gradient into the net's {@code outputGrad}. */
    private void computeLoss(int rows, double weight) {
        loss.compute(kernels, net.output, rows, weight, scalars, net.outputGrad);
    }

    private void backward(int rows) {
        net.backward(kernels, inputs, rows);
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > settings.maxRows()) {
            throw new IllegalArgumentException("a batch needs 1 to " + settings.maxRows() + " rows (the run's"
                    + " maxRows), got " + rows);
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
