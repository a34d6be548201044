package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An identity map copies instead of multiplying, to the product's bits. */
class FixedLinearTest {

    private static final int SIZE = 9;
    private static final int ROWS = 13;

    /** Random values with zeros of both signs among them. */
    private static float[] values(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[ROWS * SIZE];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 5 == 0 ? -0f : i % 7 == 0 ? 0f : (float) random.nextDouble(-3, 3);
        }
        return x;
    }

    @Test
    void theIdentityGivesItsProductsBitsBothWays() {
        FixedLinear identity = Mlps.identity(SIZE);
        float[] eye = identity.matrix();
        float[] x = values(1);
        float[] product = new float[x.length];
        Compute.gemm(false, true, ROWS, SIZE, SIZE, 1f, x, 0, SIZE, eye, 0, SIZE, 0f, product, 0, SIZE);
        assertArrayEquals(product, java.util.Arrays.copyOf(identity.forward(x, ROWS), x.length));
        float[] g = values(2);
        float[] gradProduct = new float[g.length];
        Compute.gemm(false, false, ROWS, SIZE, SIZE, 1f, g, 0, SIZE, eye, 0, SIZE, 0f, gradProduct, 0, SIZE);
        assertArrayEquals(gradProduct, java.util.Arrays.copyOf(identity.backward(g, ROWS), g.length));
    }

    @Test
    void aMatrixThatIsNotTheIdentityIsMultiplied() {
        float[] m = Mlps.identity(SIZE).matrix().clone();
        m[SIZE + 2] = 0.5f;
        float[] x = values(3);
        float[] product = new float[x.length];
        Compute.gemm(false, true, ROWS, SIZE, SIZE, 1f, x, 0, SIZE, m, 0, SIZE, 0f, product, 0, SIZE);
        assertArrayEquals(product, java.util.Arrays.copyOf(new FixedLinear(SIZE, SIZE, m).forward(x, ROWS), x.length));
    }
}
