package dev.zenneural.core.nn.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PatienceTest {

    private static int stopsAt(Patience patience, java.util.function.IntToDoubleFunction value, int max) {
        for (int i = 1; i < max; i++) {
            if (patience.exhausted(i, (float) value.applyAsDouble(i))) {
                return i;
            }
        }
        return max;
    }

    @Test
    void aFlatValueStopsOneQuotaAfterTheLastChangeButNotBeforeTheMinimum() {
        // the first value counts as a change, at epoch 1; the quota of 12 runs out at 13
        assertEquals(13, stopsAt(new Patience(0.01f, 12, 0, 150), i -> 0.5, 150));
        assertEquals(50, stopsAt(new Patience(0.01f, 12, 50, 150), i -> 0.5, 150));
    }

    @Test
    void steadyProgressGoesOnToTheMaximum() {
        assertEquals(150, stopsAt(new Patience(0.01f, 12, 0, 150), i -> Math.pow(1.02, i), 150));
    }

    @Test
    void aValueThatNeverRisesAboveZeroStartsNoQuota() {
        // as in libfann: only a rise above the first target (0) or a fall below -1e20 counts
        assertEquals(150, stopsAt(new Patience(0.01f, 12, 0, 150), i -> -0.5, 150));
    }

    @Test
    void changesBelowTheFractionDoNotCount() {
        assertEquals(13, stopsAt(new Patience(0.01f, 12, 0, 150), i -> 1 + 0.0001 * i, 150));
    }
}
