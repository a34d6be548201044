package dev.zenneural.core.nn.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.IncrementalBackprop;
import dev.zenneural.core.nn.train.Quickprop;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidatePoolTest {

    /* one input x and the bias: sources (x, 1) per pair */
    private static final float[] SOURCES = {-1, 1, -0.5f, 1, 0, 1, 0.5f, 1, 1, 1};

    private static float[] residuals(java.util.function.DoubleUnaryOperator f) {
        float[] e = new float[5];
        for (int p = 0; p < 5; p++) {
            e[p] = (float) f.applyAsDouble(SOURCES[2 * p]);
        }
        return e;
    }

    private static float sse(float[] e) {
        float s = 0;
        for (float v : e) {
            s += v * v;
        }
        return s;
    }

    @Test
    void theScoreIsTheErrorACandidateTakesAway() {
        CascadeTrainer config = CascadeTrainer.builder().activationFunctions(ActivationFunction.LINEAR).steepnesses(1f)
                .candidateGroups(1).build();
        CandidatePool pool = new CandidatePool(config, 1, 2, 1, new SplittableRandom(1), null, 1);
        float[] e = residuals(x -> 0.3 * x - 0.1);
        float before = pool.epoch(SOURCES, e, 5, sse(e), 1);
        assertTrue(before < sse(e), "random weights do not explain the residual yet");
        pool.train(config, SOURCES, e, 5, sse(e), 1);
        // a linear candidate times its output weight can match a linear residual exactly
        assertEquals(sse(e), pool.bestScore(), 1e-3f * sse(e));
        float[] in = pool.bestInputWeights();
        float out = pool.bestOutputWeights(1f)[0];
        for (int p = 0; p < 5; p++) {
            float a = in[0] * SOURCES[2 * p] + in[1];
            assertEquals(e[p], a * out, 0.01f, "pair " + p);
        }
        assertEquals(0.4f * out, pool.bestOutputWeights(0.4f)[0], 1e-6f);
    }

    @Test
    void picksTheActivationThatFitsTheResidual() {
        CascadeTrainer config = CascadeTrainer.builder()
                .activationFunctions(ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.GAUSSIAN)
                .steepnesses(1f).candidateGroups(2).build();
        CandidatePool pool = new CandidatePool(config, 1, 2, 1, new SplittableRandom(2), null, 1);
        assertEquals(4, pool.size());
        // a bump in the middle: a Gaussian fits it, a monotonic sigmoid cannot
        float[] e = residuals(x -> Math.exp(-4 * x * x));
        pool.train(config, SOURCES, e, 5, sse(e), 1);
        assertEquals(ActivationFunction.GAUSSIAN, pool.bestActivation());
        assertEquals(1f, pool.bestSteepness());
        assertTrue(pool.bestScore() > 0.9f * sse(e), pool.bestScore() + " of " + sse(e));
    }

    @Test
    void quickpropTrainsCandidatesToo() {
        CascadeTrainer config = CascadeTrainer.builder().algorithm(Quickprop.defaults())
                .activationFunctions(ActivationFunction.LINEAR).steepnesses(1f).candidateGroups(1).build();
        CandidatePool pool = new CandidatePool(config, 1, 2, 1, new SplittableRandom(1), null, 1);
        float[] e = residuals(x -> 0.3 * x);
        float first = pool.epoch(SOURCES, e, 5, sse(e), 1);
        pool.train(config, SOURCES, e, 5, sse(e), 2);
        assertTrue(pool.bestScore() > first, first + " -> " + pool.bestScore());
    }

    @Test
    void onlyAlgorithmsLibfannCascadesWith() {
        assertThrows(IllegalArgumentException.class, () -> SlopeStep.of(IncrementalBackprop.defaults(), 3));
    }
}
