package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.ml.nn.Parameter;
import dev.zenneural.ml.nn.Recurrent;
import dev.zenneural.ml.nn.Recurrent.CellType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The device's recurrent layer (the cell kernels of {@code recurrent.cl} and the products around
 * them) against zen-ml's {@code Recurrent} on the host: the same outputs forward, and backward the
 * same gradients of the input and of all four parameter arrays, for every cell, on odd sizes, one
 * unit, one step and one row, with every step's state going out or only the last one's. Measured
 * on PoCL: within 1.7e-6 relative; the tolerance is 2e-4.
 */
@Tag("gpu")
class RecurrentKernelsGpuTest {

    private static DeviceContext context;

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static void matchesTheHost(CellType cell, int features, int hidden, int steps, boolean everyStep,
            int rows) {
        String what = cell + " " + features + "x" + hidden + ", " + steps + " steps, " + rows + " rows, "
                + (everyStep ? "every step" : "last step");
        Recurrent host = new Recurrent(cell, features, hidden, steps, everyStep, new SplittableRandom(7));
        RecurrentBlock block = new RecurrentBlock(RecurrentBlock.Cell.valueOf(cell.name()), features, hidden, steps,
                everyStep, host.inputWeight().value(), host.recurrentWeight().value(), host.inputBias().value(),
                host.recurrentBias().value());
        SplittableRandom data = new SplittableRandom(11);
        // Scratch for more rows than the call uses, as a training run has.
        int maxRows = rows + 2;
        try (ClResources resources = new ClResources()) {
            DenseKernels kernels = new DenseKernels(context, resources);
            DeviceRecurrent device = new DeviceRecurrent(context, resources, block, maxRows);
            DeviceBuffer x = resources.add(context.allocate(maxRows * host.inputSize()));
            DeviceBuffer below = resources.add(context.allocate(maxRows * host.inputSize()));
            for (int pass = 0; pass < 2; pass++) {
                float[] input = GaussianArrays.of(data, rows * host.inputSize());
                float[] gradOutput = GaussianArrays.of(data, rows * host.outputSize());
                context.write(input, input.length, x);
                device.forward(kernels, x, rows);
                float[] expected = host.forward(input, rows).clone();
                float[] actual = new float[maxRows * host.outputSize()];
                context.read(device.values(), actual);
                assertClose(expected, actual, rows * host.outputSize(), what + ": outputs");

                host.parameters().forEach(Parameter::zeroGrad);
                float[] expectedBelow = host.backward(gradOutput, rows).clone();
                context.write(gradOutput, gradOutput.length, device.grad());
                device.backward(kernels, x, rows, below);
                float[] actualBelow = new float[maxRows * host.inputSize()];
                context.read(below, actualBelow);
                assertClose(expectedBelow, actualBelow, rows * host.inputSize(), what + ": input gradient");
                List<Parameter> hostParameters = host.parameters();
                List<DeviceParameter> deviceParameters = device.parameters();
                for (int p = 0; p < hostParameters.size(); p++) {
                    float[] grad = new float[deviceParameters.get(p).size()];
                    context.read(deviceParameters.get(p).grad(), grad);
                    assertClose(hostParameters.get(p).grad(), grad, grad.length, what + ": gradient of "
                            + hostParameters.get(p).name());
                }
            }
        }
        assertEquals(0, context.liveBuffers(), "buffers left");
    }

    private static void assertClose(float[] expected, float[] actual, int n, String what) {
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], actual[i], 2e-4 * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
        }
    }

    @Test
    void elmanCellsMatchTheHost() {
        matchesTheHost(CellType.RNN, 3, 5, 7, true, 9);
        matchesTheHost(CellType.RNN, 1, 13, 4, false, 3);
    }

    @Test
    void gruCellsMatchTheHost() {
        matchesTheHost(CellType.GRU, 3, 5, 7, true, 9);
        matchesTheHost(CellType.GRU, 6, 11, 5, false, 4);
    }

    @Test
    void lstmCellsMatchTheHost() {
        matchesTheHost(CellType.LSTM, 3, 5, 7, true, 9);
        matchesTheHost(CellType.LSTM, 2, 9, 6, false, 5);
    }

    @Test
    void oneUnitOneStepOneRow() {
        for (CellType cell : CellType.values()) {
            matchesTheHost(cell, 1, 1, 1, false, 1);
            matchesTheHost(cell, 1, 1, 1, true, 1);
            matchesTheHost(cell, 2, 1, 5, true, 1);
            matchesTheHost(cell, 1, 3, 1, false, 2);
        }
    }
}
