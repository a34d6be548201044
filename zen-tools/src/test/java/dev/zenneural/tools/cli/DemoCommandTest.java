package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zen demo}: what a first-time user runs. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void majorityBaselineAnswersTheMostCommonClass() {
        // Classes by largest target: 2, 0, 2, 1, 2.
        TrainingData data = TrainingData.of(1, 3, new float[5], new float[] {0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0,
            0, 0, 1});
        assertEquals(2, DemoClassification.majorityClass(data));
        assertEquals(40.0, DemoClassification.errorOf(2, data), 1e-12);
        assertEquals(80.0, DemoClassification.errorOf(0, data), 1e-12);
    }

    @Test
    @Tag("slow")
    void demoBeatsItsBaselinesAndDrawsThePlot() throws IOException {
        // 100 steps, not the default 500: the test JVM runs C1 only, five times slower than the
        // launcher's (ProcessCliTest runs the demo as it ships).
        CliRun r = CliRun.of("demo", "--max-steps", "100", "--output-dir", dir.resolve("new").toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        double network = number(out, "network +([0-9.]+) % test");
        double majority = number(out, "baseline +([0-9.]+) % test");
        assertEquals(47.56, majority, 0.005, "the test set's share of the minority class: fixed by the data");
        assertTrue(network < 1, "the network classifies the test mushrooms almost perfectly: " + out);
        double seasonalNaive = number(out, "SeasonalNaive +([0-9.]+) ");
        assertEquals(10.57, seasonalNaive, 0.005, "seasonal naive on AirPassengers 1960, fixed by the data");
        for (String model : List.of("MLP", "NHITS")) {
            assertTrue(number(out, "\n   " + model + " +([0-9.]+) ") < seasonalNaive, model + " beats it: " + out);
        }
        Path plot = dir.resolve("new").resolve(DemoCommand.PLOT);
        assertTrue(out.contains("plot: " + plot.toAbsolutePath()), out);
        BufferedImage image = ImageIO.read(plot.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    @Tag("slow")
    void aSecondRunPrintsTheSameNumbers() {
        String[] small = {"demo", "--epochs", "3", "--max-steps", "10", "--output-dir", dir.toString()};
        CliRun first = CliRun.of(small);
        CliRun second = CliRun.of(small);
        assertEquals(0, first.code(), first.err());
        assertEquals(withoutTimes(first.out()), withoutTimes(second.out()));
    }

    private static String withoutTimes(String out) {
        return out.replaceAll("in [0-9.]+ s", "in _ s");
    }

    @Test
    void badSettingsAreUsageErrors() {
        CliRun r = CliRun.of("demo", "--max-steps", "0");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertEquals("zen: --max-steps must be at least 1, got 0 (see 'zen demo --help')", r.err().strip());
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "'" + regex + "' in " + text);
        return Double.parseDouble(m.group(1));
    }
}
