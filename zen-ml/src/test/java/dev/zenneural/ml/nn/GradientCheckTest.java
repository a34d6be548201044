package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Backward passes against central finite differences of the forward pass, for the loss
 * {@code sum(output * probe)} with a fixed random probe: every parameter's and input's gradient.
 */
class GradientCheckTest {

    private static final int ROWS = 5;

    private static double loss(Layer layer, float[] input, float[] probe) {
        float[] out = layer.forward(input, ROWS);
        double sum = 0;
        for (int i = 0; i < ROWS * layer.outputSize(); i++) {
            sum += (double) out[i] * probe[i];
        }
        return sum;
    }

    private static float[] random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble(-1, 1);
        }
        return x;
    }

    private static void check(Layer layer) {
        float[] input = random(1, ROWS * layer.inputSize());
        float[] probe = random(2, ROWS * layer.outputSize());
        layer.parameters().forEach(Parameter::zeroGrad);
        layer.forward(input, ROWS);
        float[] gradInput = layer.backward(probe, ROWS).clone();
        double eps = 1e-2;
        for (Parameter p : layer.parameters()) {
            float[] grad = p.grad().clone();
            for (int i = 0; i < p.size(); i++) {
                float saved = p.value()[i];
                p.value()[i] = (float) (saved + eps);
                double up = loss(layer, input, probe);
                p.value()[i] = (float) (saved - eps);
                double down = loss(layer, input, probe);
                p.value()[i] = saved;
                assertEquals((up - down) / (2 * eps), grad[i], 2e-3, p.name() + " element " + i);
            }
        }
        for (int i = 0; i < input.length; i++) {
            float saved = input[i];
            input[i] = (float) (saved + eps);
            double up = loss(layer, input, probe);
            input[i] = (float) (saved - eps);
            double down = loss(layer, input, probe);
            input[i] = saved;
            assertEquals((up - down) / (2 * eps), gradInput[i], 2e-3, "input " + i);
        }
    }

    @Test
    void linearLayer() {
        check(new Linear(4, 3, new SplittableRandom(7)));
    }

    @Test
    void mlpOfLinearAndRelu() {
        SplittableRandom r = new SplittableRandom(3);
        // The ReLU's kink is not differentiable; inputs here stay clear of it by more than eps.
        check(new Sequential(List.of(new Linear(4, 6, r), new Relu(6), new Linear(6, 2, r))));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Recurrent.CellType.class)
    void recurrentCellsThroughTime(Recurrent.CellType cell) {
        SplittableRandom r = new SplittableRandom(4);
        check(new Recurrent(cell, 2, 3, 4, false, r));
        check(new Sequential(List.of(new Recurrent(cell, 1, 3, 5, true, r), new Recurrent(cell, 3, 2, 5, false, r))));
    }

    @Test
    void dilatedCausalConvolutions() {
        SplittableRandom r = new SplittableRandom(6);
        check(new CausalConv(6, 1, 3, 2, 1, r));
        check(new CausalConv(6, 3, 2, 3, 2, r));
        check(new Sequential(List.of(new CausalConv(6, 1, 3, 2, 1, r), new CausalConv(6, 3, 2, 3, 2, r),
                new LastStep(6, 2))));
    }

    @Test
    void causalConvolutionNeverSeesLaterSteps() {
        CausalConv conv = new CausalConv(5, 1, 2, 2, 2, new SplittableRandom(1));
        float[] a = conv.forward(new float[] {1, 2, 3, 4, 5}, 1).clone();
        float[] b = conv.forward(new float[] {1, 2, 3, 9, 9}, 1).clone();
        for (int i = 0; i < 3 * 2; i++) {
            assertEquals(a[i], b[i], "step " + i / 2 + " changed when only later steps did");
        }
    }

    @Test
    void sumOfBranches() {
        SplittableRandom r = new SplittableRandom(8);
        check(new Sum(List.of(new Linear(4, 3, r), new Sequential(List.of(new Relu(4), new Linear(4, 3, r))))));
    }

    @Test
    void maxPoolWithAShortLastWindow() {
        check(new MaxPool(7, 3));
    }

    @Test
    void fixedInterpolation() {
        check(new FixedLinear(3 * 2, 8 * 2, Interpolation.linear(3, 8, 2)));
    }

    @Test
    void nbeatsStyleResidualStackOfBasisBlocks() {
        SplittableRandom r = new SplittableRandom(5);
        int in = 6;
        int out = 4;
        BasisBlock generic = new BasisBlock(Mlps.reluMlp(null, in, 5, 1, in + out, r), Mlps.identity(in),
                Mlps.identity(out));
        BasisBlock trend = new BasisBlock(Mlps.reluMlp(null, in, 5, 1, 3 + 3, r),
                new FixedLinear(3, in, Interpolation.polynomial(2, in, 1)),
                new FixedLinear(3, out, Interpolation.polynomial(2, out, 1)));
        MaxPool pool = new MaxPool(in, 2);
        BasisBlock pooled = new BasisBlock(Mlps.reluMlp(pool, pool.outputSize(), 5, 1, in + 2, r), Mlps.identity(in),
                new FixedLinear(2, out, Interpolation.linear(2, out, 1)));
        check(new DoublyResidual(List.of(generic, trend, pooled), in, out));
    }

    @Test
    void interpolationMatchesPytorchsLinearMode() {
        // F.interpolate([[0, 10]], size=4, mode="linear", align_corners=False) = [0, 2.5, 7.5, 10]
        FixedLinear f = new FixedLinear(2, 4, Interpolation.linear(2, 4, 1));
        float[] out = f.forward(new float[] {0, 10}, 1);
        assertEquals(0f, out[0], 1e-6f);
        assertEquals(2.5f, out[1], 1e-6f);
        assertEquals(7.5f, out[2], 1e-6f);
        assertEquals(10f, out[3], 1e-6f);
    }

    @Test
    void linearInitIsPytorchsUniformRange() {
        Linear l = new Linear(16, 8, new SplittableRandom(1));
        for (float w : l.weight().value()) {
            assertTrue(Math.abs(w) <= 0.25f, "|w| <= 1/sqrt(16): " + w);
        }
    }

    @Test
    void mismatchedLayersAreNamed() {
        SplittableRandom r = new SplittableRandom(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sequential(List.of(new Linear(4, 6, r), new Relu(5))));
        assertEquals("layer 0 has 6 outputs but layer 1 takes 5 inputs", e.getMessage());
    }
}
