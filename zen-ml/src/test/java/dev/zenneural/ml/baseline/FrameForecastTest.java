package dev.zenneural.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Baseline#forecast(TimeSeriesFrame, int)}: every series of a frame, keyed by id. */
class FrameForecastTest {

    private final TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.INDEX)
            .add("z", 1, 2).add("z", 2, 4).add("z", 3, 5).add("z", 4, 8)
            .add("a", 1, 10).add("a", 2, 3).add("a", 3, 1)
            .build();

    @Test
    void forecastsEverySeriesInFrameOrder() {
        Map<String, double[]> forecasts = new RandomWalkWithDrift().forecast(frame, 2);
        assertEquals(List.of("z", "a"), List.copyOf(forecasts.keySet()));
        assertArrayEquals(new double[] {10, 12}, forecasts.get("z"), 1e-12); // drift (8-2)/3 = 2
        assertArrayEquals(new double[] {-3.5, -8}, forecasts.get("a"), 1e-12); // drift (1-10)/2 = -4.5
        assertThrows(UnsupportedOperationException.class, () -> forecasts.put("b", new double[0]));
    }

    @Test
    void namesTheSeriesAMethodRejects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeasonalNaive(4).forecast(frame, 1));
        assertTrue(e.getMessage().startsWith("series a: SeasonalNaive: history has 3 values"), e.getMessage());
    }
}
