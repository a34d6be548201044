package dev.zenneural.core.nn.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.Trainer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CascadeParametersTest {

    @Test
    void defaultsAreLibfanns() {
        CascadeTrainer t = CascadeTrainer.builder().build();
        assertEquals(0.01f, t.outputChangeFraction());
        assertEquals(12, t.outputStagnationEpochs());
        assertEquals(0.01f, t.candidateChangeFraction());
        assertEquals(12, t.candidateStagnationEpochs());
        assertEquals(1000f, t.candidateLimit());
        assertEquals(0.4f, t.weightMultiplier());
        assertEquals(150, t.maxOutEpochs());
        assertEquals(150, t.maxCandEpochs());
        assertEquals(50, t.minOutEpochs());
        assertEquals(50, t.minCandEpochs());
        assertEquals(List.of(ActivationFunction.SIGMOID, ActivationFunction.SIGMOID_SYMMETRIC,
                ActivationFunction.GAUSSIAN, ActivationFunction.GAUSSIAN_SYMMETRIC, ActivationFunction.ELLIOT,
                ActivationFunction.ELLIOT_SYMMETRIC, ActivationFunction.SIN_SYMMETRIC, ActivationFunction.COS_SYMMETRIC,
                ActivationFunction.SIN, ActivationFunction.COS), t.activationFunctions());
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.75f, 1f}, t.steepnesses());
        assertEquals(2, t.candidateGroups());
        assertEquals(80, t.numCandidates());
        assertEquals(Rprop.defaults(), t.algorithm());
        assertEquals(ErrorFunction.TANH, t.errorFunction());
        assertEquals(StopFunction.MSE, t.stopFunction());
        assertEquals(0.35f, t.bitFailLimit());
    }

    @Test
    void steepnessesAreCopied() {
        float[] s = {0.5f, 1f};
        CascadeTrainer t = CascadeTrainer.builder().steepnesses(s).build();
        s[0] = 9f;
        t.steepnesses()[1] = 9f;
        assertArrayEquals(new float[] {0.5f, 1f}, t.steepnesses());
    }

    @Test
    void rejectsBadParameters() {
        rejects(b -> b.outputChangeFraction(-0.01f), "output change fraction");
        rejects(b -> b.candidateChangeFraction(Float.NaN), "candidate change fraction");
        rejects(b -> b.outputStagnationEpochs(0), "output stagnation epochs");
        rejects(b -> b.candidateStagnationEpochs(0), "candidate stagnation epochs");
        rejects(b -> b.candidateLimit(0), "candidate limit");
        rejects(b -> b.weightMultiplier(Float.POSITIVE_INFINITY), "weight multiplier");
        rejects(b -> b.maxOutEpochs(0), "max output epochs");
        rejects(b -> b.maxCandEpochs(0), "max candidate epochs");
        rejects(b -> b.minOutEpochs(-1), "min output epochs");
        rejects(b -> b.minCandEpochs(-1), "min candidate epochs");
        rejects(b -> b.activationFunctions(), "at least one candidate activation function");
        rejects(b -> b.activationFunctions(ActivationFunction.THRESHOLD), "no derivative");
        rejects(b -> b.steepnesses(), "at least one candidate steepness");
        rejects(b -> b.steepnesses(0.5f, 0f), "candidate steepness");
        rejects(b -> b.steepnesses(Float.NaN), "candidate steepness");
        rejects(b -> b.candidateGroups(0), "candidate groups");
        rejects(b -> b.maxNeurons(-1), "max neurons");
        rejects(b -> b.neuronsBetweenReports(-1), "neurons between reports");
        rejects(b -> b.desiredError(Float.NaN), "desired error");
        rejects(b -> b.bitFailLimit(-1), "bit-fail limit");
        rejects(b -> b.threads(0), "threads");
        rejects(b -> b.threads(Trainer.MAX_THREADS + 1), "threads must be between 1 and 1024, got 1025");
        rejects(b -> b.algorithm(BatchBackprop.defaults()), "iRPROP- (Rprop) and Quickprop");
        rejects(b -> b.minOutEpochs(20).maxOutEpochs(10).build(), "min output epochs 20 is above");
        rejects(b -> b.minCandEpochs(20).maxCandEpochs(10).build(), "min candidate epochs 20 is above");
    }

    @Test
    void acceptsQuickprop() {
        assertEquals(Quickprop.defaults(), CascadeTrainer.builder().algorithm(Quickprop.defaults()).build().algorithm());
    }

    private static void rejects(Consumer<CascadeTrainer.Builder> setting, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> setting.accept(CascadeTrainer.builder()));
        assertTrue(e.getMessage().contains(message), () -> "message \"" + e.getMessage() + "\" lacks " + message);
    }
}
