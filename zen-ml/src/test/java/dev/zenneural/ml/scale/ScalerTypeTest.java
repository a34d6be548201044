package dev.zenneural.ml.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScalerTypeTest {

    // history 1, 2, 3, 10 (offset by one leading value that is not part of it)
    private static final float[] X = {99, 1, 2, 3, 10};

    @Test
    void statisticsByHand() {
        assertEquals(new Scale(0, 1), ScalerType.IDENTITY.of(X, 1, 4));
        // mean 4, population variance (9 + 4 + 1 + 36) / 4 = 12.5
        Scale standard = ScalerType.STANDARD.of(X, 1, 4);
        assertEquals(4f, standard.shift(), 1e-6f);
        assertEquals((float) Math.sqrt(12.5), standard.scale(), 1e-6f);
        // median 2.5; deviations 1.5, 0.5, 0.5, 7.5: median 1
        assertEquals(new Scale(2.5f, 1f), ScalerType.ROBUST.of(X, 1, 4));
        assertEquals(new Scale(1f, 9f), ScalerType.MINMAX.of(X, 1, 4));
    }

    @Test
    void flatWindowsKeepScaleOne() {
        float[] flat = {5, 5, 5};
        assertEquals(new Scale(5f, 1f), ScalerType.STANDARD.of(flat, 0, 3));
        assertEquals(new Scale(5f, 1f), ScalerType.MINMAX.of(flat, 0, 3));
        assertEquals(new Scale(5f, 1f), ScalerType.ROBUST.of(flat, 0, 3));
    }

    @Test
    void applyAndInvertRoundTrip() {
        float[] y = {1, 2, 3, 10};
        Scale s = ScalerType.MINMAX.of(y, 0, 4);
        s.apply(y, 0, 4);
        assertArrayEquals(new float[] {0, 1 / 9f, 2 / 9f, 1}, y, 1e-6f);
        s.invert(y, 0, 4);
        assertArrayEquals(new float[] {1, 2, 3, 10}, y, 1e-5f);
    }

    @Test
    void labelsAreNeuralforecasts() {
        assertEquals(ScalerType.ROBUST, ScalerType.fromLabel("robust"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScalerType.fromLabel("z"));
        assertEquals("unknown scaler type 'z'; expected one of [identity, standard, robust, minmax]", e.getMessage());
    }
}
