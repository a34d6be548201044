package dev.zenneural.benchmarks.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuartilesTest {

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        assertEquals(new Quartiles(2, 3, 4), Quartiles.of(new double[] {5, 1, 4, 2, 3}));
        assertEquals(new Quartiles(1.75, 2.5, 3.25), Quartiles.of(new double[] {4, 3, 2, 1}));
        assertEquals(new Quartiles(7, 7, 7), Quartiles.of(new double[] {7}));
    }

    @Test
    void theValuesAreLeftInTheirOrder() {
        double[] values = {3, 1, 2};
        Quartiles.of(values);
        assertEquals(3, values[0]);
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Quartiles.of(new double[0]));
    }
}
