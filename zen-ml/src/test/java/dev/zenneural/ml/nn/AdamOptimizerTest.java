package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

    @Test
    void firstStepIsTheLearningRateAgainstTheGradient() {
        Parameter p = new Parameter("p", new float[] {1f, -2f, 3f});
        p.grad()[0] = 0.5f;
        p.grad()[1] = -4f;
        AdamOptimizer adam = AdamOptimizer.of(List.of(p));
        adam.step(0.1f);
        // m = 0.1 g, v = 0.001 g^2; corrected m / sqrt(v) = g / |g|: a step of lr against the sign
        assertEquals(0.9f, p.value()[0], 1e-6f);
        assertEquals(-1.9f, p.value()[1], 1e-6f);
        assertEquals(3f, p.value()[2], 1e-6f, "no gradient, no move");
    }

    @Test
    void minimisesAQuadratic() {
        Parameter p = new Parameter("x", new float[] {5f});
        AdamOptimizer adam = AdamOptimizer.of(List.of(p));
        for (int i = 0; i < 2000; i++) {
            adam.zeroGrad();
            p.grad()[0] = 2 * (p.value()[0] - 1.5f);
            adam.step(0.05f);
        }
        assertEquals(1.5f, p.value()[0], 1e-2f);
    }

    @Test
    void clippingScalesTheJointNorm() {
        Parameter a = new Parameter("a", new float[2]);
        Parameter b = new Parameter("b", new float[1]);
        a.grad()[0] = 3;
        a.grad()[1] = 0;
        b.grad()[0] = 4;
        AdamOptimizer adam = AdamOptimizer.of(List.of(a, b));
        assertEquals(5.0, adam.clipGradNorm(1.0), 1e-9);
        assertEquals(0.6f, a.grad()[0], 1e-5f);
        assertEquals(0.8f, b.grad()[0], 1e-5f);
        b.grad()[0] = Float.NaN;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> adam.clipGradNorm(1.0));
        assertEquals("the gradient of b is not finite", e.getMessage());
    }
}
