package dev.zenneural.core.nn.train;

import static dev.zenneural.core.nn.train.TrainerTest.XOR;
import static dev.zenneural.core.nn.train.TrainerTest.xorNetwork;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trainer with a backend: the CPU backend changes nothing; a device backend runs the epochs. */
class TrainerBackendTest {

    @Test
    void theCpuBackendTrainsWithTheCpuEngineToTheBit() {
        Trainer.Builder builder = Trainer.builder().maxEpochs(30).desiredError(-1);
        TrainingResult plain = builder.build().train(xorNetwork(), XOR);
        try (CpuBackend cpu = new CpuBackend()) {
            TrainingResult withBackend = builder.backend(cpu).build().train(xorNetwork(), XOR);
            assertArrayEquals(plain.network().weights(), withBackend.network().weights());
            assertEquals(plain.mse(), withBackend.mse());
        }
    }

    @Test
    void aDeviceRunsTheEpochsAndTheTrainerDecidesWhenToStop() {
        ScriptedDevice device = new ScriptedDevice(0.5f, 0.3f, 0.2f, 0.05f, 0.01f);
        List<EpochReport> reports = new ArrayList<>();
        TrainingResult result = Trainer.builder().desiredError(0.06f).maxEpochs(100).listener(report -> {
            reports.add(report);
            return TrainingListener.Decision.CONTINUE;
        }).backend(device).build().train(xorNetwork(), XOR);

        assertEquals(StopReason.DESIRED_ERROR, result.reason());
        assertEquals(4, result.epochs());
        assertEquals(0.05f, result.mse());
        assertEquals(4, result.bitFails(), "the device's bit fails of the last epoch");
        assertEquals(List.of(0.5f, 0.3f, 0.2f, 0.05f), reports.stream().map(EpochReport::trainMse).toList());
        assertTrue(reports.stream().allMatch(r -> r.validationMse().isEmpty()));
        assertEquals(1, device.downloads, "without validation the weights come back once, at the end");
        assertTrue(device.closed, "the run is closed");
        float[] expected = xorNetwork().weights();
        expected[0] += 4;
        assertArrayEquals(expected, result.network().weights(), "the device's weights after the last epoch");
        assertEquals(Rprop.defaults(), device.algorithm);
        assertEquals(ErrorFunction.TANH, device.errorFunction);
    }

    @Test
    void validationDataBringTheWeightsBackEveryEpoch() {
        ScriptedDevice device = new ScriptedDevice(0.5f, 0.3f, 0.2f);
        List<EpochReport> reports = new ArrayList<>();
        Trainer.builder().maxEpochs(3).listener(report -> {
            reports.add(report);
            return TrainingListener.Decision.CONTINUE;
        }).backend(device).build().train(xorNetwork(), XOR, XOR);

        assertEquals(4, device.downloads, "once per epoch for validation, once at the end");
        assertTrue(reports.stream().allMatch(r -> r.validationMse().isPresent()));
    }

    @Test
    void withoutShufflingTheDeviceKeepsThePairsOrder() {
        ScriptedDevice device = new ScriptedDevice(0.5f, 0.4f);
        Trainer.builder().maxEpochs(2).backend(device).build().train(xorNetwork(), XOR);
        assertEquals(Arrays.asList(null, null), device.orders);
    }

    @Test
    void shufflingSendsTheDeviceTheOrdersTheCpuTrainsIn() {
        ScriptedDevice device = new ScriptedDevice(0.5f, 0.4f, 0.3f);
        Trainer.builder().shuffle(11).maxEpochs(3).backend(device).build().train(xorNetwork(), XOR);

        // The CPU path reshuffles the previous epoch's data with one Random.
        Random random = new Random(11);
        TrainingData epochData = XOR;
        for (int epoch = 0; epoch < 3; epoch++) {
            epochData = epochData.shuffle(random);
            int[] order = device.orders.get(epoch);
            for (int place = 0; place < XOR.numPairs(); place++) {
                assertEquals(epochData.input(place, 0), XOR.input(order[place], 0), "epoch " + (epoch + 1));
                assertEquals(epochData.input(place, 1), XOR.input(order[place], 1), "epoch " + (epoch + 1));
            }
        }
    }

    @Test
    void aNonFiniteDeviceErrorStopsTrainingAndClosesTheRun() {
        ScriptedDevice device = new ScriptedDevice(0.5f, Float.NaN);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.builder().maxEpochs(10).backend(device).build().train(xorNetwork(), XOR));
        assertEquals(2, e.epoch());
        assertTrue(device.closed);
    }

    @Test
    void theCpuEnginesExactOrderIsRefused() {
        ScriptedDevice device = new ScriptedDevice(0.5f);
        IllegalArgumentException exact = assertThrows(IllegalArgumentException.class,
                () -> Trainer.builder().exactFannOrder(true).backend(device).build().train(xorNetwork(), XOR));
        assertTrue(exact.getMessage().contains("exactFannOrder"), exact.getMessage());
        assertFalse(device.started, "nothing went to the device");
    }

    /**
     * A device that reports scripted MSEs (bit fails: the epoch number) and moves weight 0 by 1 per
     * epoch, recording what the trainer asks of it.
     */
    private static final class ScriptedDevice implements ComputeBackend, DeviceTraining {

        private final float[] mses;
        boolean started;
        boolean closed;
        int downloads;
        final List<int[]> orders = new ArrayList<>();
        TrainingAlgorithm algorithm;
        ErrorFunction errorFunction;

        ScriptedDevice(float... mses) {
            this.mses = mses;
        }

        @Override
        public DeviceTrainingRun start(Topology topology, float[] weights, Pairs pairs, TrainingAlgorithm algorithm,
                ErrorFunction errorFunction, float bitFailLimit) {
            started = true;
            this.algorithm = algorithm;
            this.errorFunction = errorFunction;
            float[] current = weights.clone();
            return new DeviceTrainingRun() {
                private int epoch;

                @Override
                public EpochError epoch(int[] order) {
                    orders.add(order);
                    current[0] += 1;
                    return new EpochError(mses[epoch], ++epoch);
                }

                @Override
                public float[] weights() {
                    downloads++;
                    return current.clone();
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String deviceDescription() {
            return "a script";
        }

        @Override
        public void gemm(boolean transA, boolean transB, float alpha, Tensor a, Tensor b, float beta, Tensor c) {
            throw new UnsupportedOperationException("training only");
        }

        @Override
        public void close() {
        }
    }
}
