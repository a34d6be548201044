package dev.zenneural.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnsembleSelectionTest {

    private static Map<String, double[]> one(double... values) {
        return Map.of("a", values);
    }

    @Test
    void medianPerStepAveragesTheMiddleTwoWhenEven() {
        Map<String, double[]> m = EnsembleSelection.median(List.of(one(1, 9), one(3, 5), one(2, 8)));
        assertArrayEquals(new double[] {2, 8}, m.get("a"));
        m = EnsembleSelection.median(List.of(one(1, 9), one(3, 5)));
        assertArrayEquals(new double[] {2, 7}, m.get("a"));
    }

    /** Greedy selection of single-value forecasts (in the order given) scored by their distance to 10. */
    private static EnsembleSelection.Choice towardTen(String[] labels, double... values) {
        Map<String, Map<String, double[]>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            candidates.put(labels[i], one(values[i]));
        }
        return EnsembleSelection.greedy(candidates, f -> Math.abs(f.get("a")[0] - 10));
    }

    @Test
    void greedyStopsWhenNoAdditionImprovesTheMedian() {
        EnsembleSelection.Choice choice = towardTen(new String[] {"far", "low", "near", "high"}, 30, 8, 10.5, 12);
        assertEquals(List.of("near"), choice.members());
        assertEquals(0.5, choice.score(), 1e-12);
    }

    @Test
    void greedyKeepsAPairWhoseMedianBeatsEveryMember() {
        // "high" misses by 1, "low" by 2; their median misses by 0.5; adding "far" moves it to 11.
        EnsembleSelection.Choice choice = towardTen(new String[] {"low", "high", "far"}, 8, 11, 30);
        assertEquals(List.of("high", "low"), choice.members());
        assertEquals(0.5, choice.score(), 1e-12);
    }
}
