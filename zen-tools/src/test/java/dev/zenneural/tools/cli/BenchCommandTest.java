package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.tools.bench.MiniJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static void assertUsageError(String message, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(ZenCommand.EXIT_USAGE, r.code(), r.err());
        assertEquals("zen: " + message + " (see 'zen bench --help')", r.err().strip());
        assertEquals("", r.out(), "nothing measured");
    }

    @Test
    void badTimesAndThreadsAreUsageErrors() {
        assertUsageError("--seconds must be a positive number, got -1.0", "bench", "--seconds", "-1");
        assertUsageError("--seconds must be a positive number, got 0.0", "bench", "--seconds=0");
        assertUsageError("--warmup must be 0 or a positive number, got -0.5", "bench", "--warmup", "-0.5");
        assertUsageError("--threads must be between 1 and 1024, got 0", "bench", "--threads", "0");
        assertUsageError("--threads must be between 1 and 1024, got 100000", "bench", "--threads", "100000");
        assertUsageError("--quick sets the times itself; leave out --seconds and --warmup, or --quick", "bench",
                "--quick", "--seconds", "3");
    }

    @Test
    void aTimeThatIsNotANumberIsAUsageError() {
        CliRun r = CliRun.of("bench", "--seconds", "soon");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("zen: Invalid value for option '--seconds': 'soon' is not a double"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void helpDefinesTheUnitsAndPointsToJmh() {
        CliRun r = CliRun.of("bench", "--help");
        assertEquals(0, r.code(), r.err());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("one neural operation = one forward pass of one input row through a FANN 125-32-2"
                + " network"), help);
        assertTrue(help.contains("one training epoch = one iRPROP- epoch"), help);
        assertTrue(help.contains("one prediction = one series' 18-step forecast window from its last 36 values"), help);
        assertTrue(help.contains("1,153 neural ops/s and 5,720 predictions/s, measured in WASM"), help);
        assertTrue(help.contains("Not JMH") && help.contains("./jmh"), help);
        for (String option : new String[] {"--seconds", "--warmup", "--quick", "--threads", "--json"}) {
            assertTrue(help.contains(option), option);
        }
    }

    /** About a second (the forecasters' set-up, cold code): slow. */
    @Test
    @Tag("slow")
    void aShortRunMeasuresEveryLineAsJson() {
        CliRun r = CliRun.of("bench", "--seconds", "0.001", "--warmup", "0", "--json");
        assertEquals(0, r.code(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
        assertEquals(0.001, json.get("seconds"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) json.get("lines");
        assertEquals(List.of("inference-single", "inference-batched", "training-epoch", "forecast-mlp",
                "forecast-nhits"), lines.stream().map(l -> l.get("id")).toList());
        for (Map<String, Object> line : lines) {
            double count = (Double) line.get("count");
            double seconds = (Double) line.get("seconds");
            assertTrue(count > 0 && seconds >= 0.001 && (Double) line.get("calls") >= 1, line.toString());
            assertEquals(count / seconds, (Double) line.get("per_second"), 1e-9 * count / seconds, line.toString());
        }
        assertEquals(256.0, lines.get(0).get("count"), "one call of 256 single rows");
        assertEquals(1024.0, lines.get(3).get("count"), "one predict() of 1,024 series");
        assertTrue((Double) lines.get(2).get("epochs_per_second") > 0, lines.get(2).toString());
        assertEquals(5, r.err().lines().count(), "one progress line per line measured: " + r.err());
    }
}
