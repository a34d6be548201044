package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassicalDecompositionTest {

    @Test
    void evenSeasonUsesTheCentredTwoByMAverage() {
        // y = 2 6 4 8 6 10, m = 2: trend(t) = (y[t-1]/2 + y[t] + y[t+1]/2) / 2 for t = 1..4:
        //   t=1: (1 + 6 + 2)/2 = 4.5  -> ratio 6/4.5 = 4/3
        //   t=2: (3 + 4 + 4)/2 = 5.5  -> ratio 4/5.5 = 8/11
        //   t=3: (2 + 8 + 3)/2 = 6.5  -> ratio 8/6.5 = 16/13
        //   t=4: (4 + 6 + 5)/2 = 7.5  -> ratio 6/7.5 = 4/5
        // position 0 (t = 2, 4): (8/11 + 4/5)/2 = 42/55; position 1 (t = 1, 3): (4/3 + 16/13)/2 = 50/39
        // their mean: (42/55 + 50/39)/2 = 4388/4290; indices 42/55 / that = 819/1097, 50/39 / that = 1375/1097
        assertArrayEquals(new double[] {819.0 / 1097, 1375.0 / 1097},
                ClassicalDecomposition.multiplicativeSeasonalIndices(new double[] {2, 6, 4, 8, 6, 10}, 2), 1e-14);
    }

    @Test
    void oddSeasonUsesThePlainMovingAverage() {
        // 1 2 6 x4, m = 3: every 3-window holds 1, 2 and 6, so the trend is 3 for t = 1..10 and the ratios
        // are y/3; means per position: 1/3, 2/3, 2; their mean is 1, so those are the indices.
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3, 2},
                ClassicalDecomposition.multiplicativeSeasonalIndices(SeasonalityTestTest.pattern126(4), 3), 1e-15);
    }

    @Test
    void positionsCountFromTheFirstObservation() {
        // the same pattern started at its second value: 2 6 1 2 6 1 ...
        double[] y = new double[12];
        for (int t = 0; t < y.length; t++) {
            y[t] = new double[] {2, 6, 1}[t % 3];
        }
        assertArrayEquals(new double[] {2.0 / 3, 2, 1.0 / 3},
                ClassicalDecomposition.multiplicativeSeasonalIndices(y, 3), 1e-15);
    }

    @Test
    void refusesFewerThanTwoSeasonsAndSeasonLengthOne() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassicalDecomposition.multiplicativeSeasonalIndices(new double[] {1, 2, 3, 4, 5}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> ClassicalDecomposition.multiplicativeSeasonalIndices(new double[] {1, 2, 3, 4, 5}, 1));
    }

    @Test
    void refusesAZeroIndex() {
        // position 0 is 0 throughout: a multiplicative index of 0 cannot be divided out
        assertThrows(IllegalArgumentException.class,
                () -> ClassicalDecomposition.multiplicativeSeasonalIndices(new double[] {0, 2, 6, 0, 2, 6, 0, 2, 6}, 3));
    }
}
