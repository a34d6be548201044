package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.PointLossKind;
import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.ml.forecast.DLinear;
import dev.zenneural.ml.forecast.NBeats;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.Rnn;
import dev.zenneural.ml.forecast.Tcn;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.nn.AdamOptimizer;
import dev.zenneural.ml.nn.DenseStacks;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.MaxPool;
import dev.zenneural.ml.nn.Mlps;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A dense stack (recurrent encoders included) trained on the device step by step against zen-ml's
 * layers and AdamOptimizer on the host: the same losses and weights up to float rounding, on odd sizes and single rows; no buffer
 * outlives its run; bad batches are refused with their reason.
 */
@Tag("gpu")
class DenseStackGpuTest {

    private static DeviceContext context;

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /** What the host does in one step of WindowTrainer: forward, loss, gradient, backward, clip, Adam. */
    private static double hostStep(Layer net, AdamOptimizer adam, Loss loss, float[] x, float[] y, float[] mask,
            int rows, float rate, double clip) {
        adam.zeroGrad();
        float[] out = net.forward(x, rows);
        double value = loss.value(out, y, mask, rows, net.outputSize());
        float[] grad = new float[rows * net.outputSize()];
        loss.gradient(out, y, mask, rows, net.outputSize(), grad);
        net.backward(grad, rows);
        if (clip > 0) {
            adam.clipGradNorm(clip);
        }
        adam.step(rate);
        return value;
    }

    /** Steps of a stack {@code in -> units (layers times) -> out} on both sides, compared as they go. */
    private static void trainsAsTheHost(int in, int units, int layers, int out, int rows, Loss loss,
            PointLossKind kind, double clip) {
        trainsAsTheHost(Mlps.reluMlp(null, in, units, layers, out, new SplittableRandom(3)), rows, loss, kind, clip);
    }

    /** Steps of {@code net} on both sides, compared as they go. */
    private static void trainsAsTheHost(Layer net, int rows, Loss loss, PointLossKind kind, double clip) {
        int in = net.inputSize();
        int out = net.outputSize();
        AdamOptimizer adam = AdamOptimizer.of(net.parameters());
        SplittableRandom data = new SplittableRandom(4);
        StackSettings settings = new StackSettings(kind, AdamOptimizer.BETA1, AdamOptimizer.BETA2,
                AdamOptimizer.EPSILON, clip, rows + 3);
        try (OpenClDenseStackRun run = new OpenClDenseStackRun(context, DenseStacks.of(net), settings)) {
            for (int step = 0; step < 8; step++) {
                float[] x = GaussianArrays.of(data, rows * in);
                float[] y = GaussianArrays.of(data, rows * out);
                float[] mask = new float[rows * out];
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = i % 5 == 4 ? 0f : 1f;
                }
                double device = run.step(x, y, mask, rows, 0.01f);
                double host = hostStep(net, adam, loss, x, y, mask, rows, 0.01f, clip);
                assertEquals(host, device, 1e-4 * Math.max(1, Math.abs(host)), "loss at step " + step);
            }
            List<DenseBlock> trained = dense(run.trained());
            List<DenseBlock> expected = dense(DenseStacks.of(net));
            for (int b = 0; b < trained.size(); b++) {
                assertClose(expected.get(b).weight(), trained.get(b).weight(), "weights of block " + b);
                assertClose(expected.get(b).bias(), trained.get(b).bias(), "biases of block " + b);
            }
            List<RecurrentBlock> trainedRecurrent = recurrent(run.trained());
            List<RecurrentBlock> expectedRecurrent = recurrent(DenseStacks.of(net));
            for (int b = 0; b < trainedRecurrent.size(); b++) {
                RecurrentBlock e = expectedRecurrent.get(b);
                RecurrentBlock a = trainedRecurrent.get(b);
                assertClose(e.inputWeight(), a.inputWeight(), "input weights of recurrent block " + b);
                assertClose(e.recurrentWeight(), a.recurrentWeight(), "recurrent weights of recurrent block " + b);
                assertClose(e.inputBias(), a.inputBias(), "input biases of recurrent block " + b);
                assertClose(e.recurrentBias(), a.recurrentBias(), "recurrent biases of recurrent block " + b);
            }
            float[] x = GaussianArrays.of(data, rows * in);
            assertClose(net.forward(x, rows), run.forward(x, rows), "outputs");
        }
        assertEquals(0, context.liveBuffers(), "buffers left once the run is closed");
    }

    /** The net's dense blocks, branch after branch. */
    private static List<DenseBlock> dense(DenseNet net) {
        return net.branches().stream().flatMap(List::stream).filter(DenseBlock.class::isInstance)
                .map(DenseBlock.class::cast).toList();
    }

    /** The net's recurrent blocks, branch after branch. */
    private static List<RecurrentBlock> recurrent(DenseNet net) {
        return net.branches().stream().flatMap(List::stream).filter(RecurrentBlock.class::isInstance)
                .map(RecurrentBlock.class::cast).toList();
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected[i], actual[i], 2e-4 * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
        }
    }

    @Test
    void maeStepsOnOddSizesMatchTheHost() {
        trainsAsTheHost(7, 13, 2, 5, 9, new Mae(), PointLossKind.MAE, 0);
    }

    @Test
    void mseStepsWithClippingMatchTheHost() {
        // A small clip norm, so that every step is clipped.
        trainsAsTheHost(5, 6, 1, 3, 11, new Mse(), PointLossKind.MSE, 0.05);
    }

    @Test
    void oneRowOneInputOneOutput() {
        trainsAsTheHost(1, 1, 1, 1, 1, new Mse(), PointLossKind.MSE, 0);
        trainsAsTheHost(1, 17, 3, 1, 1, new Mae(), PointLossKind.MAE, 1.0);
    }

    @Test
    void nlinearsSkipBranchMatchesTheHost() {
        Layer nlinear = NLinear.builder(4).inputSize(9).build().newNetwork(new SplittableRandom(3));
        trainsAsTheHost(nlinear, 7, new Mae(), PointLossKind.MAE, 0);
    }

    @Test
    void dlinearsTwoTrainedBranchesMatchTheHost() {
        Layer dlinear = DLinear.builder(3).inputSize(8).movingAvgWindow(3).build().newNetwork(new SplittableRandom(3));
        trainsAsTheHost(dlinear, 5, new Mse(), PointLossKind.MSE, 0.05);
    }

    @Test
    void nbeatsDoublyResidualStackMatchesTheHost() {
        Layer nbeats = NBeats.builder(3).inputSize(7).hiddenSize(9).build().newNetwork(new SplittableRandom(3));
        trainsAsTheHost(nbeats, 6, new Mae(), PointLossKind.MAE, 0);
        Layer identity = NBeats.builder(2).inputSize(5).hiddenSize(4).mlpLayers(1).stackTypes(
                NBeats.StackType.IDENTITY).blocksPerStack(3).build().newNetwork(new SplittableRandom(4));
        trainsAsTheHost(identity, 1, new Mse(), PointLossKind.MSE, 0.05);
    }

    @Test
    void nhitsPooledBlocksMatchTheHost() {
        // Input 11 pooled by 2 and 3: the last windows are shorter.
        Layer nhits = NHits.builder(4).inputSize(11).hiddenSize(7).nPoolKernelSize(2, 3, 1).build()
                .newNetwork(new SplittableRandom(3));
        trainsAsTheHost(nhits, 9, new Mse(), PointLossKind.MSE, 0);
        trainsAsTheHost(nhits, 1, new Mae(), PointLossKind.MAE, 1.0);
    }

    @Test
    void recurrentEncodersWithTheirDecodersMatchTheHost() {
        // Two layers each: every step's states into the second layer, its last state into the MLP.
        Layer lstm = Rnn.lstm(3).inputSize(7).encoderHiddenSize(5).decoderHiddenSize(6).decoderLayers(1).build()
                .newNetwork(new SplittableRandom(3));
        trainsAsTheHost(lstm, 9, new Mae(), PointLossKind.MAE, 0);
        Layer gru = Rnn.gru(2).inputSize(6).encoderHiddenSize(4).decoderHiddenSize(3).build()
                .newNetwork(new SplittableRandom(3));
        trainsAsTheHost(gru, 5, new Mse(), PointLossKind.MSE, 0.05);
        Layer rnn = Rnn.rnn(4).inputSize(5).encoderHiddenSize(7).encoderNLayers(3).decoderHiddenSize(4).build()
                .newNetwork(new SplittableRandom(3));
        trainsAsTheHost(rnn, 8, new Mse(), PointLossKind.MSE, 0);
    }

    @Test
    void oneUnitRecurrentLayersOverOneStepOnOneRow() {
        for (Rnn.Builder b : List.of(Rnn.rnn(1), Rnn.gru(1), Rnn.lstm(1))) {
            Layer net = b.inputSize(1).encoderHiddenSize(1).encoderNLayers(1).decoderHiddenSize(1).decoderLayers(1)
                    .build().newNetwork(new SplittableRandom(3));
            trainsAsTheHost(net, 1, new Mae(), PointLossKind.MAE, 1.0);
        }
    }

    @Test
    void tcnsConvolutionsMatchTheHost() {
        // Dilation 16 reaches past the 9 steps: that convolution's later taps read nothing.
        Layer tcn = Tcn.builder(3).inputSize(9).kernelSize(3).dilations(1, 2, 16).encoderHiddenSize(5)
                .decoderHiddenSize(6).decoderLayers(1).build().newNetwork(new SplittableRandom(3));
        trainsAsTheHost(tcn, 7, new Mae(), PointLossKind.MAE, 0);
        trainsAsTheHost(tcn, 1, new Mse(), PointLossKind.MSE, 0.05);
    }

    /**
     * The pooling kernels against zen-ml's MaxPool on rows with equal maxima and a shorter last
     * window: the same maxima, and the gradient to each window's first maximum. (Through training,
     * ties reach only the data's own pooling, whose gradient nothing needs.)
     */
    @Test
    void poolingTiesSendTheGradientToTheFirstMaximum() {
        int rows = 3;
        int in = 7;
        float[] x = {1, 1, 0, 2, 2, 2, -1, 0, 0, 0, 5, -3, 5, 5, -2, -2, 4, 4, 4, -9, 4};
        float[] grad = {0.5f, -1, 2, 3, -4, 6, 7, 8, -9};
        MaxPool host = new MaxPool(in, 3);
        float[] expected = host.forward(x, rows).clone();
        float[] expectedGrad = host.backward(grad, rows).clone();
        try (ClResources kernels = new ClResources(); DeviceBuffer input = context.upload(x);
                DeviceBuffer values = context.allocate(rows * 3); DeviceBuffer argmax = context.allocate(rows * 3);
                DeviceBuffer gradient = context.upload(grad); DeviceBuffer below = context.allocate(rows * in)) {
            DenseKernels k = new DenseKernels(context, kernels);
            k.maxPool(rows, in, 3, 3, input, values, argmax);
            k.maxPoolBackward(rows, in, 3, 3, argmax, gradient, below);
            float[] actual = new float[rows * 3];
            float[] actualGrad = new float[rows * in];
            context.read(values, actual);
            context.read(below, actualGrad);
            assertArrayEquals(expected, actual, "maxima");
            assertArrayEquals(expectedGrad, actualGrad, "gradient");
        }
    }

    @Test
    void aFullyMaskedBatchHasLossZeroAndMovesNothing() {
        Layer net = Mlps.reluMlp(null, 3, 4, 1, 2, new SplittableRandom(3));
        StackSettings settings = new StackSettings(PointLossKind.MAE, 0.9f, 0.999f, 1e-8f, 0, 4);
        try (OpenClDenseStackRun run = new OpenClDenseStackRun(context, DenseStacks.of(net), settings)) {
            float[] before = dense(run.trained()).get(0).weight();
            assertEquals(0.0, run.step(new float[12], new float[8], new float[8], 4, 0.1f));
            assertClose(before, dense(run.trained()).get(0).weight(), "weights after a masked step");
        }
    }

    @Test
    void badBatchesAndStacksAreRefusedWithTheirReason() {
        Layer net = Mlps.reluMlp(null, 3, 4, 1, 2, new SplittableRandom(3));
        StackSettings settings = new StackSettings(PointLossKind.MSE, 0.9f, 0.999f, 1e-8f, 0, 4);
        OpenClDenseStackRun run = new OpenClDenseStackRun(context, DenseStacks.of(net), settings);
        try {
            float[] x = new float[12];
            float[] y = new float[8];
            assertTrue(assertThrows(IllegalArgumentException.class, () -> run.step(x, y, y, 5, 0.1f)).getMessage()
                    .contains("1 to 4 rows"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> run.step(x, y, y, 0, 0.1f)).getMessage()
                    .contains("got 0"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> run.loss(new float[11], y, y, 4))
                    .getMessage().contains("the inputs hold 11 values; the batch needs 12"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> run.forward(new float[2], 1)).getMessage()
                    .contains("needs 3"));
        } finally {
            run.close();
        }
        assertThrows(IllegalStateException.class, () -> run.step(new float[12], new float[8], new float[8], 4, 0.1f));
        List<DenseBlock> unchained = List.of(new DenseBlock(2, 3, new float[6], new float[3], true, true),
                new DenseBlock(4, 1, new float[4], new float[1], false, true));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DenseNet.chain(unchained)).getMessage()
                .contains("branch 0: layer 0 has 3 outputs but layer 1 reads 4"));
        long huge = (long) Integer.MAX_VALUE / 2;
        StackSettings tooMany = new StackSettings(PointLossKind.MSE, 0.9f, 0.999f, 1e-8f, 0, (int) huge);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new OpenClDenseStackRun(context, DenseStacks.of(net), tooMany)).getMessage()
                .contains("rows of 4 values do not fit one device buffer"));
        assertEquals(0, context.liveBuffers(), "buffers left after refused runs");
    }

    @Test
    void aLongRunHoldsAFixedSetOfBuffersAndGivesThemAllBack() {
        Layer net = Mlps.reluMlp(null, 4, 8, 2, 2, new SplittableRandom(3));
        StackSettings settings = new StackSettings(PointLossKind.MAE, 0.9f, 0.999f, 1e-8f, 1.0, 16);
        SplittableRandom data = new SplittableRandom(5);
        float[] mask = new float[32];
        java.util.Arrays.fill(mask, 1f);
        try (OpenClDenseStackRun run = new OpenClDenseStackRun(context, DenseStacks.of(net), settings)) {
            int held = context.liveBuffers();
            assertTrue(held > 0);
            for (int step = 0; step < 200; step++) {
                run.step(GaussianArrays.of(data, 64), GaussianArrays.of(data, 32), mask, 16, 0.01f);
                run.loss(GaussianArrays.of(data, 64), GaussianArrays.of(data, 32), mask, 16);
            }
            run.trained();
            run.forward(GaussianArrays.of(data, 4), 1);
            assertEquals(held, context.liveBuffers(), "buffers held after 200 steps");
        }
        assertEquals(0, context.liveBuffers(), "buffers left once the run is closed");
    }
}
