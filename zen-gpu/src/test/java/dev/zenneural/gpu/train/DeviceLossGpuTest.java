package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.stack.PointLossKind;
import dev.zenneural.core.nn.stack.RowMaps;
import dev.zenneural.core.nn.stack.StackLoss;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each loss of {@code loss.cl} against zen-ml's own on random batches of odd shapes, with and
 * without row maps (as zen-ml's BatchLoss applies them): the same value and the same gradient, up
 * to float rounding, including where forecast and target agree, where targets are 0, where both
 * are, and where the mask is all zeros.
 */
@Tag("gpu")
class DeviceLossGpuTest {

    private static DeviceContext context;

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /** A value and a gradient. */
    private record Result(double value, float[] grad) {
    }

    /** zen-ml's loss of the outputs, each row mapped by x * scale + shift and the gradient times scale first. */
    private static Result host(Loss loss, float[] out, float[] targets, float[] mask, RowMaps maps, int rows, int h) {
        int k = loss.outputsPerStep();
        float[] f = out.clone();
        float[] y = targets.clone();
        if (maps != null) {
            for (int i = 0; i < rows * h * k; i++) {
                f[i] = f[i] * maps.scale()[i / (h * k)] + maps.shift()[i / (h * k)];
            }
            for (int i = 0; i < rows * h; i++) {
                y[i] = y[i] * maps.scale()[i / h] + maps.shift()[i / h];
            }
        }
        float[] grad = new float[rows * h * k];
        loss.gradient(f, y, mask, rows, h, grad);
        if (maps != null) {
            for (int i = 0; i < grad.length; i++) {
                grad[i] *= maps.scale()[i / (h * k)];
            }
        }
        return new Result(loss.value(f, y, mask, rows, h), grad);
    }

    private static Result device(StackLoss loss, float[] out, float[] targets, float[] mask, RowMaps maps, int rows,
            int width) {
        try (ClResources owner = new ClResources()) {
            DenseKernels kernels = new DenseKernels(context, owner);
            DeviceLoss deviceLoss = new DeviceLoss(context, owner, loss, width, rows + 2);
            DeviceBuffer output = owner.add(context.upload(out));
            DeviceBuffer grad = owner.add(context.allocate(rows * width));
            DeviceBuffer scalars = owner.add(context.allocate(2));
            double weight = deviceLoss.upload(targets, mask, maps, rows);
            deviceLoss.compute(kernels, output, rows, weight, scalars, grad);
            float[] sum = new float[2];
            float[] g = new float[rows * width];
            context.read(scalars, sum);
            context.read(grad, g);
            return new Result(weight == 0 ? 0 : sum[0] / weight, g);
        }
    }

    /** Random batches of odd shapes with awkward values, each loss on both sides. */
    private static void matchesTheHost(Loss host, StackLoss device) {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 12; trial++) {
            int rows = 1 + random.nextInt(9);
            int h = 1 + random.nextInt(7);
            int k = host.outputsPerStep();
            float[] targets = new float[rows * h];
            float[] mask = new float[rows * h];
            float[] out = new float[rows * h * k];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = random.nextInt(6) == 0 ? 0f : (float) (random.nextGaussian() * 2);
                mask[i] = random.nextInt(5) == 0 ? 0f : 1f;
            }
            for (int i = 0; i < out.length; i++) {
                int pick = random.nextInt(6);
                // Equal to its target, 0 (with a 0 target: both 0), or anywhere.
                out[i] = pick == 0 ? targets[i / k] : pick == 1 ? 0f : (float) (random.nextGaussian() * 2);
            }
            float[] scale = new float[rows + 1];
            float[] shift = new float[rows + 1];
            for (int r = 0; r < rows; r++) {
                scale[r] = (float) random.nextDouble(0.2, 4);
                shift[r] = random.nextInt(4) == 0 ? 0f : (float) random.nextDouble(-5, 5);
            }
            for (RowMaps maps : new RowMaps[] {null, new RowMaps(scale, shift)}) {
                String what = host + " trial " + trial + (maps == null ? "" : " mapped") + ", " + rows + " x " + h;
                Result expected = host(host, out, targets, mask, maps, rows, h);
                Result actual = device(device, out, targets, mask, maps, rows, h * k);
                assertEquals(expected.value(), actual.value(), 1e-5 * Math.max(1, Math.abs(expected.value())),
                        what + ": value");
                for (int i = 0; i < out.length; i++) {
                    assertEquals(expected.grad()[i], actual.grad()[i], 1e-5 * Math.max(1, Math.abs(expected.grad()[i])),
                            what + ": gradient [" + i + "]");
                }
            }
        }
        assertEquals(0, context.liveBuffers(), "buffers left");
    }

    @Test
    void maeAndMse() {
        matchesTheHost(new Mae(), StackLoss.of(PointLossKind.MAE));
        matchesTheHost(new Mse(), StackLoss.of(PointLossKind.MSE));
    }

    @Test
    void huberOnBothSidesOfItsDelta() {
        matchesTheHost(new Huber(0.8), StackLoss.huber(0.8));
        matchesTheHost(new Huber(1.0), StackLoss.huber(1.0));
    }

    @Test
    void smapeAndMapeWithZeros() {
        matchesTheHost(new Smape(), StackLoss.of(PointLossKind.SMAPE));
        matchesTheHost(new Mape(), StackLoss.of(PointLossKind.MAPE));
    }

    @Test
    void oneQuantileAndTheMedianWithIntervals() {
        matchesTheHost(QuantileLoss.of(0.3), StackLoss.quantiles(0.3));
        QuantileLoss levels = QuantileLoss.levels(80, 95);
        matchesTheHost(levels, StackLoss.quantiles(levels.quantiles()));
    }

    @Test
    void anAllZeroMaskHasLossAndGradientZero() {
        float[] out = {1, -2, 3, 0.5f, 7, 9};
        Result result = device(StackLoss.quantiles(0.1, 0.9), out, new float[] {1, 2, 3}, new float[3],
                new RowMaps(new float[] {2}, new float[] {1}), 1, 6);
        assertEquals(0.0, result.value());
        for (float g : result.grad()) {
            assertEquals(0f, g);
        }
    }

    @Test
    void badShapesAreRefusedWithTheirReason() {
        try (ClResources owner = new ClResources()) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> new DeviceLoss(context, owner,
                    StackLoss.quantiles(0.1, 0.5, 0.9), 7, 2)).getMessage()
                    .contains("reads 3 outputs per target; the net has 7 outputs"));
            DeviceLoss loss = new DeviceLoss(context, owner, StackLoss.of(PointLossKind.MAE), 3, 2);
            assertTrue(assertThrows(IllegalArgumentException.class, () -> loss.upload(new float[6], new float[5], null,
                    2)).getMessage().contains("the mask hold 5 values; the batch needs 6"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> loss.upload(new float[6], new float[6],
                    new RowMaps(new float[2], new float[1]), 2)).getMessage()
                    .contains("the row shifts hold 1 values; the batch needs 2"));
        }
        assertEquals(0, context.liveBuffers(), "buffers left");
    }
}
