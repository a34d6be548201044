package dev.zenneural.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import org.junit.jupiter.api.Test;

class HoldOutTest {

    private static TimeSeriesFrame frame(int... lengths) {
        TimeSeriesFrameBuilder b = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < lengths.length; s++) {
            for (int t = 1; t <= lengths[s]; t++) {
                b.add("s" + s, t, 10 * s + t);
            }
        }
        return b.build();
    }

    @Test
    void holdsOutTheLastHValuesOfEverySeries() {
        HoldOut split = HoldOut.of(frame(5, 7), 2);
        assertEquals(3, split.fit().length(0));
        assertEquals(5, split.fit().length(1));
        assertEquals(2, split.held().length(1));
        // The held-out part continues where the fitted part stops, as a test file does.
        assertEquals(6, split.held().ds(1).get(0));
        assertEquals(16.0, split.held().y(1).get(0));
        assertEquals(13.0, split.fit().y(1).get(2));
    }

    @Test
    void refusesASeriesTooShortToHoldOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HoldOut.of(frame(5, 3), 2));
        assertEquals("series s1 has 3 values; holding out h=2 needs at least 4", e.getMessage());
    }
}
