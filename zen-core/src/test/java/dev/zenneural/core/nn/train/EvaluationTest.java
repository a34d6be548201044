package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** One linear output: {@code out = w * x + b}. */
    private static Network line(float w, float b, int outputs) {
        Network n = Network.builder().layers(1, outputs).outputActivation(ActivationFunction.LINEAR).outputSteepness(1)
                .build();
        float[] weights = new float[2 * outputs];
        for (int o = 0; o < outputs; o++) {
            weights[2 * o] = w * (o + 1);
            weights[2 * o + 1] = b;
        }
        return n.withWeights(weights);
    }

    @Test
    void mseBitFailsAndErrorByHand() {
        // outputs 0, 1, 2; differences 0.2, -0.1, 1.0: MSE (0.04 + 0.01 + 1) / 3 = 0.35, one bit fail at
        // 0.35; around 0.5 the output and target agree on every pair; pair 0 is wrong (0.2 vs 0.6 target)
        TrainingData data = TrainingData.of(1, 1, new float[] {0, 1, 2}, new float[] {0.2f, 0.9f, 3});
        Evaluation e = Evaluation.of(line(1, 0, 1), data, 0.35f);
        assertEquals(0.35f, e.mse(), 1e-6f);
        assertEquals(1, e.bitFails());
        assertEquals(0.0, e.classificationErrorPercent());
        assertEquals(3, e.pairs());
        TrainingData wrongSide = TrainingData.of(1, 1, new float[] {0, 1}, new float[] {0.6f, 0.9f});
        assertEquals(50.0, Evaluation.of(line(1, 0, 1), wrongSide, 0.35f).classificationErrorPercent());
    }

    @Test
    void severalOutputsClassifyByTheLargest() {
        // out0 = x, out1 = 2x: for x > 0 class 1 wins, for x < 0 class 0
        TrainingData data = TrainingData.of(1, 2, new float[] {1, -1, 2, -3},
                new float[] {0, 1, 0, 1, 0, 1, 1, 0});
        assertEquals(25.0, Evaluation.of(line(1, 0, 2), data, 0.35f).classificationErrorPercent());
    }

    @Test
    void dataThatDoNotFitAreNamed() {
        TrainingData data = TrainingData.of(2, 1, new float[] {1, 2}, new float[] {0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evaluation.of(line(1, 0, 1), data, 0.35f));
        assertEquals("the data has 2 inputs and 1 outputs per pair, but the network has 1 inputs and 1 outputs",
                e.getMessage());
    }
}
