package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainerTest {

    static final TrainingData XOR = TrainingData.of(2, 1, new float[] {-1, -1, -1, 1, 1, -1, 1, 1},
            new float[] {-1, 1, 1, -1});

    /** A 2-3-1 network with symmetric sigmoids, weights in [-1, 1]: learns XOR within a few dozen epochs. */
    static Network xorNetwork() {
        return Network.builder().layers(2, 3, 1).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).randomWeights(-1, 1).seed(3).build();
    }

    @Test
    void rpropLearnsXor() {
        Network start = xorNetwork();
        TrainingResult result = Trainer.builder().desiredError(0.001f).maxEpochs(500).build().train(start, XOR);
        assertEquals(StopReason.DESIRED_ERROR, result.reason());
        assertTrue(result.mse() < 0.001f, "mse " + result.mse());
        assertTrue(result.epochs() < 500);
        for (int p = 0; p < 4; p++) {
            float out = result.network().run(new float[] {XOR.input(p, 0), XOR.input(p, 1)})[0];
            assertEquals(XOR.output(p, 0), out, 0.2f, "pair " + p);
        }
        assertArrayEquals(xorNetwork().weights(), start.weights(), "the given network is left as it was");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAlgorithm")
    void everyAlgorithmLearnsXor(TrainingAlgorithm algorithm, int maxEpochs) {
        TrainingResult result = Trainer.builder().algorithm(algorithm).desiredError(0.01f).maxEpochs(maxEpochs)
                .build().train(xorNetwork(), XOR);
        assertEquals(StopReason.DESIRED_ERROR, result.reason(), algorithm + " ended at MSE " + result.mse());
    }

    static Stream<Arguments> everyAlgorithm() {
        return Stream.of(Arguments.of(Rprop.defaults(), 500), Arguments.of(Quickprop.defaults(), 2000),
                Arguments.of(BatchBackprop.defaults(), 3000), Arguments.of(new IncrementalBackprop(0.3f, 0.5f), 3000),
                Arguments.of(Sarprop.defaults(), 3000), Arguments.of(new SgdMomentum(0.2f, 0.9f, 2), 3000),
                Arguments.of(new Adam(0.05f, 0.9f, 0.999f, 1e-8f, 4), 3000));
    }

    @Test
    void algorithmParametersAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.01f, 1f, 0.999f, 1e-8f, 4));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.01f, 0.9f, 0.999f, 1e-8f, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(Float.NaN, 0.9f, 0.999f, 1e-8f, 4));
        assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(0.1f, 1f, 4));
        assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(-0.1f, 0.5f, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sarprop(1.2f, 0.5f, 50f, -6.644f, 0.1f, 1.385f, -1f, 0));
        assertEquals("temperature must be a finite number >= 0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trainer.builder().threads(0));
    }

    @Test
    void threadsAreBounded() {
        // 100,000 threads ran out of native threads after 100 s
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.builder().threads(100_000));
        assertEquals("threads must be between 1 and 1024, got 100000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.builder().threads(Trainer.MAX_THREADS + 1));
        assertEquals("threads must be between 1 and 1024, got 1025", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.builder().threads(0));
        assertEquals("threads must be between 1 and 1024, got 0", e.getMessage());
        Trainer.builder().threads(Trainer.MAX_THREADS).build();
    }

    @Test
    void listenerSeesEveryEpochAndCanStop() {
        List<EpochReport> reports = new ArrayList<>();
        TrainingResult result = Trainer.builder().maxEpochs(100).listener(r -> {
            reports.add(r);
            return r.epoch() == 7 ? TrainingListener.Decision.STOP : TrainingListener.Decision.CONTINUE;
        }).build().train(xorNetwork(), XOR, XOR);
        assertEquals(StopReason.LISTENER, result.reason());
        assertEquals(7, result.epochs());
        assertEquals(7, reports.size());
        for (int i = 0; i < reports.size(); i++) {
            EpochReport r = reports.get(i);
            assertEquals(i + 1, r.epoch());
            assertTrue(r.validationMse().isPresent());
            assertFalse(r.elapsed().isNegative());
        }
        assertEquals(reports.get(6).trainMse(), result.mse());
    }

    @Test
    void maxEpochsEndsTraining() {
        List<EpochReport> reports = new ArrayList<>();
        TrainingResult result = Trainer.builder().algorithm(BatchBackprop.defaults()).maxEpochs(5).listener(r -> {
            reports.add(r);
            return TrainingListener.Decision.CONTINUE;
        }).build().train(xorNetwork(), XOR);
        assertEquals(StopReason.MAX_EPOCHS, result.reason());
        assertEquals(5, reports.size());
        assertTrue(reports.get(0).validationMse().isEmpty());
    }

    @Test
    void bitStopFunctionCountsFailedOutputs() {
        TrainingResult result = Trainer.builder().stopFunction(StopFunction.BIT).desiredError(0).maxEpochs(500)
                .build().train(xorNetwork(), XOR);
        assertEquals(StopReason.DESIRED_ERROR, result.reason());
        assertEquals(0, result.bitFails());
    }

    @Test
    void sameSeedGivesBitIdenticalWeights() {
        for (TrainingAlgorithm algorithm : List.of(Rprop.defaults(), IncrementalBackprop.defaults(),
                BatchBackprop.defaults(), Quickprop.defaults())) {
            Trainer trainer = Trainer.builder().algorithm(algorithm).shuffle(42).maxEpochs(30).build();
            float[] a = trainer.train(xorNetwork(), XOR).network().weights();
            float[] b = trainer.train(xorNetwork(), XOR).network().weights();
            assertArrayEquals(a, b, algorithm.toString());
        }
        Trainer other = Trainer.builder().algorithm(IncrementalBackprop.defaults()).shuffle(43).maxEpochs(30).build();
        Trainer first = Trainer.builder().algorithm(IncrementalBackprop.defaults()).shuffle(42).maxEpochs(30).build();
        assertFalse(Arrays.equals(first.train(xorNetwork(), XOR).network().weights(),
                other.train(xorNetwork(), XOR).network().weights()), "a different seed gives another order");
    }

    @Test
    void mismatchedDataIsRefusedNamingBothSizes() {
        TrainingData wide = TrainingData.of(3, 1, new float[] {1, 2, 3}, new float[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.builder().build().train(xorNetwork(), wide));
        assertEquals("training data has 3 inputs and 1 outputs per pair, but the network has 2 inputs and 1 outputs",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.builder().build().train(xorNetwork(), XOR, wide));
        assertTrue(e.getMessage().startsWith("validation data has 3 inputs"), e.getMessage());
    }

    @Test
    void divergenceStopsWithTheEpoch() {
        Network linear = Network.builder().layers(1, 2, 1).hiddenActivation(ActivationFunction.LINEAR)
                .outputActivation(ActivationFunction.LINEAR).seed(1).build();
        TrainingData big = TrainingData.of(1, 1, new float[] {1000, -1000}, new float[] {1e6f, -1e6f});
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainer.builder().algorithm(new IncrementalBackprop(1e10f, 0)).errorFunction(ErrorFunction.LINEAR)
                        .maxEpochs(1000).build().train(linear, big));
        assertTrue(e.getMessage().startsWith("training diverged at epoch " + e.epoch() + ":"), e.getMessage());
        assertTrue(e.epoch() >= 1);
    }

    @Test
    void untrainableActivationIsRefused() {
        Network threshold = Network.builder().layers(2, 2, 1).outputActivation(ActivationFunction.THRESHOLD).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.builder().build().train(threshold, XOR));
        assertTrue(e.getMessage().contains("THRESHOLD"), e.getMessage());
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BatchBackprop(0));
        assertThrows(IllegalArgumentException.class, () -> new Rprop(1.2f, 0.5f, 60f, 50f, 0.1f));
        assertThrows(IllegalArgumentException.class, () -> Trainer.builder().maxEpochs(0));
        assertNotEquals(Rprop.defaults(), new Rprop(1.3f, 0.5f, 0, 50, 0.1f));
        assertEquals(new Quickprop(0.7f, -0.0001f, 1.75f), Quickprop.defaults());
    }
}
