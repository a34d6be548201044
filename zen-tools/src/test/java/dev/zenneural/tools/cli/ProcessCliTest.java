package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code zen} command as a user's shell runs it: a separate JVM on the module's class path, with
 * real standard streams (not a terminal) and a real exit code. Slow (a JVM start per command): runs
 * in the full tier.
 */
@Tag("slow")
class ProcessCliTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result zen(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ZenCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Files.writeString(dir.resolve("in.txt"), "1 -1\n")
                        .toFile())).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "zen " + String.join(" ", args) + " did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void trainTestAndRunFromTheShell() throws Exception {
        Path data = Files.writeString(dir.resolve("xor.data"), "4 2 1\n-1 -1\n-1\n-1 1\n1\n1 -1\n1\n1 1\n-1\n");
        Path net = dir.resolve("xor.net");
        Result train = zen("train", data.toString(), "--hidden", "3", "--output-activation", "sigmoid_symmetric",
                "--epochs", "40", "--desired-error", "0", "--report-every", "20", "-o", net.toString());
        assertEquals(0, train.code(), train.err());
        // Not a terminal: plain progress lines on stderr, the summary on stdout.
        assertEquals(List.of("epoch 1/40", "epoch 20/40", "epoch 40/40"), train.err().lines()
                .map(l -> l.substring(0, l.indexOf(" mse"))).toList(), train.err());
        assertTrue(train.out().startsWith("trained 40 epochs (max epochs)"), train.out());
        Result test = zen("test", net.toString(), data.toString());
        assertEquals(0, test.code(), test.err());
        assertTrue(test.out().startsWith("pairs 4  mse "), test.out());
        Result run = zen("run", net.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().lines().count(), "one output row for the one stdin row: " + run.out());
    }

    @Test
    void mistakesExitWithTheirCodeAndOneLine() throws Exception {
        Result missing = zen("test", dir.resolve("none.net").toString(), dir.resolve("none.data").toString());
        assertEquals(ZenCommand.EXIT_FAILURE, missing.code());
        assertEquals("zen: no such file: " + dir.resolve("none.net"), missing.err().strip());
        Result usage = zen("forecast", "x.csv", "--h", "3");
        assertEquals(ZenCommand.EXIT_USAGE, usage.code());
        assertTrue(usage.err().startsWith("zen: Missing required option: '--freq=FREQ'"), usage.err());
        assertEquals("", usage.out());
    }

    @Test
    void demoPrintsItsScoresAndWhereThePlotIs() throws Exception {
        Result demo = zen("demo", "--output-dir", dir.toString());
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("\n   SeasonalNaive "), demo.out());
        assertTrue(demo.out().contains("plot: " + dir.resolve("zen-demo.png")), demo.out());
        assertTrue(Files.size(dir.resolve("zen-demo.png")) > 0);
    }

    @Test
    void benchPrintsItsTableOnStdoutAndProgressOnStderr() throws Exception {
        Result bench = zen("bench", "--seconds", "0.001", "--warmup", "0");
        assertEquals(0, bench.code(), bench.err());
        assertTrue(bench.out().startsWith("zen bench: timed in this JVM after an untimed warm-up; not JMH"), bench.out());
        assertEquals(5, bench.out().lines().filter(l -> l.matches("(neural ops|training|predictions).*")).count(),
                bench.out());
        assertEquals(5, bench.err().lines().filter(l -> l.startsWith("zen bench: ")).count(), bench.err());
    }
}
