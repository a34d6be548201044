package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScaleParametersTest {

    // inputs: mean 10, deviation 2, new min -1, factor 1 ; outputs: mean 100, deviation 50, new min 0, factor 0.5
    private static final ScaleParameters SCALE = new ScaleParameters(new float[] {10}, new float[] {2},
            new float[] {-1}, new float[] {1}, new float[] {100}, new float[] {50}, new float[] {0},
            new float[] {0.5f});

    @Test
    void inputsAreStandardisedThenMapped() {
        float[] row = {14};
        SCALE.scaleInput(row);
        // ((14 - 10) / 2 + 1) * 1 - 1 = 2
        assertArrayEquals(new float[] {2}, row);
    }

    @Test
    void outputsGoBackToTheDataUnits() {
        float[] row = {1.5f};
        SCALE.descaleOutput(row);
        // ((1.5 - 0) / 0.5 - 1) * 50 + 100 = 200
        assertArrayEquals(new float[] {200}, row);
    }

    @Test
    void scalingAnOutputUndoesDescaling() {
        float[] row = {200};
        SCALE.scaleOutput(row);
        assertArrayEquals(new float[] {1.5f}, row);
    }

    @Test
    void wrongRowLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SCALE.scaleInput(new float[2]));
        assertEquals("input row has 2 values; the scaling is for 1", e.getMessage());
    }
}
