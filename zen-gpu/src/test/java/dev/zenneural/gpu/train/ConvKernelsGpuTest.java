package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.core.nn.stack.LastStepBlock;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.ml.nn.CausalConv;
import dev.zenneural.ml.nn.LastStep;
import dev.zenneural.ml.nn.Relu;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code conv.cl} against zen-ml's CausalConv (with and without the ReLU after it) and LastStep:
 * the same outputs, weight, bias and input gradients up to float rounding, on random shapes and
 * the edge cases: one tap, a dilation that reaches past the window, one channel, one step, one row.
 */
@Tag("gpu")
class ConvKernelsGpuTest {

    private static DeviceContext context;

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
        }
    }

    private static float[] read(DeviceBuffer buffer, int n) {
        float[] values = new float[n];
        context.read(buffer, values);
        return values;
    }

    /** One forward and backward pass of a convolution on both sides. */
    private static void matchesTheHost(int rows, int steps, int in, int out, int kernel, int dilation, boolean relu) {
        String what = rows + " rows, " + steps + " steps, " + in + " -> " + out + ", kernel " + kernel + ", dilation "
                + dilation + (relu ? ", ReLU" : "");
        SplittableRandom random = new SplittableRandom(rows * 31L + steps * 7L + kernel);
        CausalConv conv = new CausalConv(steps, in, out, kernel, dilation, random);
        Relu hostRelu = new Relu(steps * out);
        float[] x = GaussianArrays.of(random, rows * steps * in);
        float[] gradOut = GaussianArrays.of(random, rows * steps * out);
        float[] expected = conv.forward(x, rows).clone();
        float[] gradBelowRelu = gradOut;
        if (relu) {
            expected = hostRelu.forward(expected, rows).clone();
            gradBelowRelu = hostRelu.backward(gradOut, rows).clone();
        }
        float[] expectedGradIn = conv.backward(gradBelowRelu, rows).clone();
        ConvBlock block = new ConvBlock(steps, in, out, kernel, dilation, conv.weight().value(), conv.bias().value(),
                relu);
        try (ClResources owner = new ClResources()) {
            DenseKernels kernels = new DenseKernels(context, owner);
            DeviceConv device = new DeviceConv(context, owner, block, rows + 1);
            DeviceBuffer input = owner.add(context.upload(x));
            DeviceBuffer below = owner.add(context.allocate(rows * steps * in));
            device.forward(kernels, input, rows);
            assertClose(expected, read(device.values(), rows * steps * out), what + ": outputs");
            context.write(gradOut, gradOut.length, device.grad());
            device.backward(kernels, input, rows, below);
            assertClose(conv.weight().grad(), read(device.parameters().get(0).grad(), conv.weight().grad().length),
                    what + ": weight gradient");
            assertClose(conv.bias().grad(), read(device.parameters().get(1).grad(), out), what + ": bias gradient");
            assertClose(expectedGradIn, read(below, rows * steps * in), what + ": input gradient");
        }
        assertEquals(0, context.liveBuffers(), "buffers left");
    }

    @Test
    void randomShapesMatchTheHost() {
        SplittableRandom shapes = new SplittableRandom(5);
        for (int trial = 0; trial < 10; trial++) {
            matchesTheHost(1 + shapes.nextInt(6), 1 + shapes.nextInt(13), 1 + shapes.nextInt(5), 1 + shapes.nextInt(7),
                    1 + shapes.nextInt(4), 1 + shapes.nextInt(5), shapes.nextBoolean());
        }
    }

    @Test
    void edgeCasesMatchTheHost() {
        matchesTheHost(3, 7, 2, 3, 1, 1, true);
        // Dilation past the window: only tap 0 reads anything.
        matchesTheHost(2, 5, 3, 2, 3, 9, false);
        matchesTheHost(4, 6, 1, 1, 2, 2, true);
        matchesTheHost(1, 1, 1, 1, 2, 1, false);
        matchesTheHost(1, 9, 4, 5, 4, 3, true);
    }

    @Test
    void lastStepMatchesTheHost() {
        SplittableRandom random = new SplittableRandom(3);
        for (int[] shape : new int[][] {{3, 5, 4}, {1, 1, 1}, {2, 7, 1}, {4, 1, 3}}) {
            int rows = shape[0];
            int steps = shape[1];
            int channels = shape[2];
            LastStep host = new LastStep(steps, channels);
            float[] x = GaussianArrays.of(random, rows * steps * channels);
            float[] grad = GaussianArrays.of(random, rows * channels);
            float[] expected = host.forward(x, rows).clone();
            float[] expectedBelow = host.backward(grad, rows).clone();
            try (ClResources owner = new ClResources()) {
                DenseKernels kernels = new DenseKernels(context, owner);
                DeviceLastStep device = new DeviceLastStep(context, owner, new LastStepBlock(steps, channels), rows);
                DeviceBuffer input = owner.add(context.upload(x));
                // Filled with garbage first: the kernel must write every input's gradient, zeros included.
                DeviceBuffer below = owner.add(context.upload(GaussianArrays.of(random, rows * steps * channels)));
                device.forward(kernels, input, rows);
                assertArrayEquals(expected, read(device.values(), rows * channels), "last steps");
                context.write(grad, grad.length, device.grad());
                device.backward(kernels, input, rows, below);
                assertArrayEquals(expectedBelow, read(below, rows * steps * channels), "gradient");
            }
        }
        assertEquals(0, context.liveBuffers(), "buffers left");
    }
}
