package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Adam;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.DeviceContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Long runs on the device hold a fixed set of buffers and give every one back. */
@Tag("gpu")
class DeviceTrainingLeakGpuTest {

    private static final TrainingData XOR = TrainingData.of(2, 1, new float[] {-1, -1, -1, 1, 1, -1, 1, 1},
            new float[] {-1, 1, 1, -1});

    /** About 9 s on PoCL (140,000 kernel launches), hence slow as well. */
    @Test
    @Tag("slow")
    void tenThousandStepsAllocateNothingAndLeakNothing() {
        Network net = Network.builder().layers(2, 4, 1).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).randomWeights(-1, 1).seed(1).build();
        // Batches of one pair: 4 steps an epoch, so 2,500 epochs are 10,000 updates.
        Adam adam = new Adam(0.05f, 0.9f, 0.999f, 1e-8f, 1);
        float cpuMse = Trainer.builder().algorithm(adam).maxEpochs(2_500).desiredError(-1).build().train(net, XOR)
                .mse();
        try (DeviceContext context = new DeviceContext(GpuDevices.selected())) {
            float firstMse;
            float lastMse = Float.NaN;
            try (OpenClTrainingRun run = new OpenClTrainingRun(context, net.topology(), net.weights(), Pairs.of(XOR),
                    adam, ErrorFunction.TANH, 0.35f, OpenClTrainingRun.DEFAULT_CHUNK_ROWS)) {
                int held = context.liveBuffers();
                assertTrue(held > 0);
                firstMse = run.epoch(null).mse();
                for (int epoch = 2; epoch <= 2_500; epoch++) {
                    lastMse = run.epoch(null).mse();
                    if (epoch % 500 == 0) {
                        assertEquals(held, context.liveBuffers(), "buffers held after epoch " + epoch);
                    }
                }
                run.weights();
                assertEquals(held, context.liveBuffers(), "buffers held after reading the weights");
            }
            assertEquals(0, context.liveBuffers(), "buffers left once the run is closed");
            assertTrue(lastMse < firstMse / 10, "the run trained: MSE " + firstMse + " -> " + lastMse);
            // Measured on PoCL: 1.9068e-7 against the CPU's 1.9070e-7, 1e-4 apart relative.
            assertEquals(cpuMse, lastMse, Math.max(cpuMse, 1e-7f) * 1e-2, "the last epoch's MSE against the CPU's");
        }
    }

    @Test
    void runsOpenedAndClosedOneAfterAnotherLeakNothing() {
        Network net = Network.builder().layers(2, 3, 1).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).build();
        try (DeviceContext context = new DeviceContext(GpuDevices.selected())) {
            for (int i = 0; i < 50; i++) {
                try (OpenClTrainingRun run = new OpenClTrainingRun(context, net.topology(), net.weights(),
                        Pairs.of(XOR), Rprop.defaults(), ErrorFunction.TANH, 0.35f, 2)) {
                    run.epoch(null);
                }
                assertEquals(0, context.liveBuffers(), "buffers left after run " + (i + 1));
            }
        }
    }
}
