package dev.zenneural.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchCase OPS = new BenchCase("ops", "ops \"quoted\" \\ label", "forward passes",
            BenchCases.STRATEGY_NEURAL_OPS, null, 1, threads -> List.of());
    private static final BenchCase EPOCHS = new BenchCase("epochs", "epochs", "connection updates", Double.NaN,
            new BenchCase.AlsoPer("epoch", 1000), 2, threads -> List.of());

    private final BenchReport report = new BenchReport(0.25, 0.5, 2, List.of(
            new BenchReport.Line(OPS, new Measurement(2306, 9, 0.5, 0.25)),
            new BenchReport.Line(EPOCHS, new Measurement(50_000, 10, 0.5, 0.75))));

    @Test
    void jsonCarriesEveryFigure() {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(report.json());
        assertEquals(Boolean.FALSE, json.get("jmh"));
        assertEquals(0.25, json.get("min_warmup_seconds"));
        assertEquals(2.0, json.get("threads"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) json.get("lines");
        Map<String, Object> ops = lines.get(0);
        assertEquals(OPS.label(), ops.get("label"), "quotes and backslashes survive");
        assertEquals(2306.0, ops.get("count"));
        assertEquals(9.0, ops.get("calls"));
        assertEquals(0.25, ops.get("warmup_seconds"));
        assertEquals(4612.0, ops.get("per_second"));
        assertEquals(1153.0, ops.get("strategy_per_second"));
        assertEquals(4.0, ops.get("ratio"));
        Map<String, Object> epochs = lines.get(1);
        assertEquals(100.0, epochs.get("epochs_per_second"), "100,000 updates/s of 1,000 per epoch");
        assertFalse(epochs.containsKey("ratio"), "no strategy figure, no ratio");
        @SuppressWarnings("unchecked")
        Map<String, Object> definitions = (Map<String, Object>) json.get("definitions");
        assertTrue(((String) definitions.get("prediction")).startsWith("one prediction = one series' 18-step"),
                definitions.toString());
    }

    @Test
    void tableShowsRatesRatiosAndDefinitions() {
        String table = report.table();
        assertTrue(table.startsWith("zen bench: timed in this JVM after an untimed warm-up; not JMH: for rigorous"
                + " figures run ./jmh"), table);
        assertTrue(table.contains("warm-up at least 0.250 s (longer while the rate still climbs, up to 3 times that),"
                + " measured 0.500 s per line, 2 threads"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("ops \"quoted\" \\\\ label +0\\.25 +2,306 +0\\.500 +4,612 +forward"
                + " passes +1,153 +4\\.00x")), table);
        assertTrue(table.lines().anyMatch(l -> l.matches(" +50 +100 +epochs")), table);
        assertTrue(table.contains("\none neural operation = one forward pass of one input row through a FANN"
                + " 125-32-2 network"), table);
        assertTrue(table.contains("\none training epoch = "), table);
        assertTrue(table.contains("\none prediction = "), table);
    }
}
