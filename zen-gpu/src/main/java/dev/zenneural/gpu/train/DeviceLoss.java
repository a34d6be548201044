package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.stack.PointLossKind;
import dev.zenneural.core.nn.stack.RowMaps;
import dev.zenneural.core.nn.stack.StackLoss;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * A {@link StackLoss} on the device ({@code loss.cl}): a batch's targets, mask and row maps, and the
 * kernel that turns a net's outputs into the loss sum and the gradient with respect to them.
 */
final class DeviceLoss {

    /** The loss codes of {@code loss.cl}, in {@link PointLossKind}'s order. */
    static final int LOSS_MAE = 0;
    static final int LOSS_MSE = 1;
    static final int LOSS_HUBER = 2;
    static final int LOSS_SMAPE = 3;
    static final int LOSS_MAPE = 4;
    static final int LOSS_QUANTILE = 5;

    private final DeviceContext context;
    private final StackLoss loss;
    private final int out;
    private final int targetsPerRow;
    private final int code;
    private final cl_kernel kernel;
    private final DeviceBuffer targets;
    private final DeviceBuffer mask;
    private final DeviceBuffer scale;
    private final DeviceBuffer shift;
    private final DeviceBuffer quantiles;
    private final DeviceBuffer terms;
    private boolean mapped;

    /**
     * The loss of a net with {@code out} outputs per row, with room for {@code rows} rows, registered in
     * {@code owner}.
     *
     * @throws IllegalArgumentException if {@code out} is not a multiple of the loss's outputs per target
     */
    DeviceLoss(DeviceContext context, ClResources owner, StackLoss loss, int out, int rows) {
        int k = loss.outputsPerTarget();
        if (out % k != 0) {
            throw new IllegalArgumentException("a " + loss + " loss reads " + k + " outputs per target; the net has "
                    + out + " outputs, not a multiple of " + k);
        }
        this.context = context;
        this.loss = loss;
        this.out = out;
        this.targetsPerRow = out / k;
        this.code = code(loss.kind());
        cl_program program = context.program(DeviceLoss.class, "loss.cl", "");
        this.kernel = context.createKernel(owner, program, "window_loss");
        this.targets = owner.add(context.allocate(rows * targetsPerRow));
        this.mask = owner.add(context.allocate(rows * targetsPerRow));
        this.scale = owner.add(context.allocate(rows));
        this.shift = owner.add(context.allocate(rows));
        float[] q = new float[k];
        double[] given = loss.quantiles();
        for (int j = 0; j < given.length; j++) {
            q[j] = (float) given[j];
        }
        this.quantiles = owner.add(context.upload(q));
        this.terms = owner.add(context.allocate(rows * out));
    }

    private static int code(PointLossKind kind) {
        return switch (kind) {
            case MAE -> LOSS_MAE;
            case MSE -> LOSS_MSE;
            case HUBER -> LOSS_HUBER;
            case SMAPE -> LOSS_SMAPE;
            case MAPE -> LOSS_MAPE;
            case QUANTILE -> LOSS_QUANTILE;
        };
    }

    /**
     * Writes a batch's targets, mask and maps to the device and returns what the loss sum is
     * divided by: the mask's sum times the outputs per target.
     *
     * @throws IllegalArgumentException if an array is too short for {@code rows} rows
     */
    double upload(float[] targets, float[] mask, RowMaps maps, int rows) {
        int n = rows * targetsPerRow;
        checkLength("targets", targets, n);
        checkLength("mask", mask, n);
        context.write(targets, n, this.targets);
        context.write(mask, n, this.mask);
        mapped = maps != null;
        if (mapped) {
            checkLength("row scales", maps.scale(), rows);
            checkLength("row shifts", maps.shift(), rows);
            context.write(maps.scale(), rows, scale);
            context.write(maps.shift(), rows, shift);
        }
        double weight = 0;
        for (int i = 0; i < n; i++) {
            weight += mask[i];
        }
        return weight * loss.outputsPerTarget();
    }

    /**
     * The loss sum of {@code output} into {@code scalars[0]} and its gradient, divided by
     * {@code weight} ({@link #upload}'s), into {@code grad}.
     */
    void compute(DenseKernels kernels, DeviceBuffer output, int rows, double weight, DeviceBuffer scalars,
            DeviceBuffer grad) {
        int n = rows * out;
        new KernelArgs(kernel).add(n).add(loss.outputsPerTarget()).add(out).add(output).add(targets).add(mask)
                .add(code).add((float) loss.delta()).add(quantiles).add(mapped ? 1 : 0).add(scale).add(shift)
                .add(weight == 0 ? 0f : (float) (1 / weight)).add(terms).add(grad);
        kernels.elementWise(kernel, "window_loss", n);
        kernels.sumInto(n, terms, false, scalars, 0, false);
    }

    static void checkLength(String what, float[] values, int needed) {
        if (values.length < needed) {
            throw new IllegalArgumentException("the " + what + " hold " + values.length + " values; the batch needs "
                    + needed);
        }
    }
}
