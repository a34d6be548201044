package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.fann.net.FannNet;
import dev.zenneural.core.fann.net.FannNetFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code zen train}, {@code zen test} and {@code zen run} as a FANN user would use them. */
class FannCommandsTest {

    private static final String XOR = "4 2 1\n-1 -1\n-1\n-1 1\n1\n1 -1\n1\n1 1\n-1\n";

    @TempDir
    Path dir;



    private Path xor() throws IOException {
        return Files.writeString(dir.resolve("xor.data"), XOR);
    }

    private Path trainedXor() throws IOException {
        Path net = dir.resolve("xor.net");
        CliRun r = CliRun.of("train", xor().toString(), "--hidden", "3", "--hidden-activation", "sigmoid_symmetric",
                "--output-activation", "SIGMOID_SYMMETRIC", "--epochs", "500", "--desired-error", "0.001",
                "-q", "-o", net.toString());
        assertEquals(0, r.code(), r.err());
        return net;
    }

    @Test
    void trainSavesANetworkThatLearnedXor() throws IOException {
        Path net = trainedXor();
        FannNet saved = FannNetFile.read(net);
        assertEquals(2, saved.network().numInputs());
        assertEquals(2, saved.parameters().trainingAlgorithm(), "rprop, as FANN numbers it");
        float[] out = saved.network().run(new float[] {1, -1});
        assertTrue(out[0] > 0.5f, "xor(1, -1) = " + out[0]);
    }

    @Test
    void trainReportsProgressLinesWithoutATerminal() throws IOException {
        CliRun r = CliRun.of("train", xor().toString(), "--hidden", "3", "--epochs", "20", "--desired-error", "0",
                "--output-activation", "sigmoid_symmetric", "--report-every", "10", "-o",
                dir.resolve("x.net").toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(3, lines.length, r.err());
        assertTrue(lines[0].startsWith("epoch 1/20 mse "), lines[0]);
        assertTrue(lines[1].startsWith("epoch 10/20 mse "), lines[1]);
        assertTrue(lines[2].startsWith("epoch 20/20 mse "), lines[2]);
        assertTrue(r.out().startsWith("trained 20 epochs (max epochs): mse "), r.out());
    }

    @Test
    void quietTrainingPrintsOnlyTheSummary() throws IOException {
        CliRun r = CliRun.of("train", xor().toString(), "--epochs", "5", "--output-activation", "sigmoid_symmetric",
                "-q", "-o", dir.resolve("x.net").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void targetsTheOutputActivationCannotReachAreWarnedOf() throws IOException {
        Path data = xor();
        CliRun r = CliRun.of("train", data.toString(), "--epochs", "5", "-q", "-o", dir.resolve("x.net").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("zen: warning: the targets of " + data + " range over [-1, 1], but the output activation sigmoid"
                + " gives values in [0, 1] only; --output-activation sigmoid_symmetric reaches them", r.err().strip());
        assertTrue(Files.exists(dir.resolve("x.net")), "a warning, not an error: the network is saved");
    }

    @Test
    void theCpuBackendByNameTrainsAsTheDefault() throws IOException {
        assertEquals(trainingMse(null), trainingMse("cpu"), 0f);
    }

    /** Where zen-gpu is built in (-Pgpu, -Pfull) and an OpenCL device is there (PoCL in CI). */
    @Test
    @Tag("gpu")
    @ResourceLock(CliRun.OPENCL)
    void theOpenClBackendTrainsTheWholeNetworkOnTheDevice() throws IOException {
        assumeTrue(Backends.providers().stream().anyMatch(p -> p.name().equals("opencl")), "zen-gpu is not built in");
        float cpu = trainingMse(null);
        // The device sums in another order: 3e-6 apart relative on PoCL.
        assertEquals(cpu, trainingMse("opencl"), cpu * 1e-4f);
    }

    /** The MSE {@code zen train} reports after 20 epochs of XOR, on the given backend (null: none named). */
    private float trainingMse(String backend) throws IOException {
        Path net = dir.resolve("backend.net");
        List<String> args = new ArrayList<>(List.of("train", xor().toString(), "--epochs", "20", "--desired-error", "0",
                "-q", "-o", net.toString()));
        if (backend != null) {
            args.addAll(List.of("--backend", backend));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("trained 20 epochs \\(max epochs\\): mse (\\S+),").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Float.parseFloat(m.group(1));
    }

    @Test
    void everyAlgorithmTrains() throws IOException {
        for (String algorithm : new String[] {"rprop", "quickprop", "incremental", "batch", "sarprop", "sgd", "adam"}) {
            CliRun r = CliRun.of("train", xor().toString(), "--hidden", "2", "--algorithm", algorithm, "--epochs", "3", "-q",
                    "--threads", "2", "-o", dir.resolve(algorithm + ".net").toString());
            assertEquals(0, r.code(), algorithm + ": " + r.err());
            assertTrue(Files.exists(dir.resolve(algorithm + ".net")));
        }
    }

    @Test
    void testPrintsFannsFigures() throws IOException {
        Path net = trainedXor();
        CliRun r = CliRun.of("test", net.toString(), xor().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("pairs 4  mse \\S+  bit fails 0 \\(limit 0.35\\)  classification error 0.00 %\\R"),
                r.out());
    }

    @Test
    void runTakesValuesOrStdin() throws IOException {
        Path net = trainedXor();
        CliRun r = CliRun.of("run", net.toString(), "1", "-1", "-1", "-1");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().strip().split("\\R");
        assertEquals(2, rows.length);
        assertTrue(Float.parseFloat(rows[0]) > 0.5f && Float.parseFloat(rows[1]) < -0.5f, r.out());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunCommand command = new RunCommand();
        command.in = new ByteArrayInputStream("# rows\n1 -1\n\n-1 -1\n".getBytes(StandardCharsets.UTF_8));
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(net.toString()), err.toString());
        assertEquals(r.out(), out.toString(), "the same rows from stdin");
    }

    @Test
    void aByteOrderMarkOnStdinIsNamed() throws IOException {
        Path net = trainedXor();
        // a UTF-8 BOM, as some editors save; decoded it is U+FEFF, which would read as part of the first value
        for (String rows : new String[] {"\uFEFF1 -1\n", "\uFEFF# rows\n1 -1\n", "\uFEFF\n1 -1\n"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            RunCommand command = new RunCommand();
            command.in = new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8));
            picocli.CommandLine cli = new picocli.CommandLine(command);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            cli.setExecutionExceptionHandler((e, c, p) -> {
                err.write(e.getMessage());
                return ZenCommand.EXIT_FAILURE;
            });
            assertEquals(ZenCommand.EXIT_FAILURE, cli.execute(net.toString()), out.toString());
            assertEquals("stdin:1: expected 2 input values, found a UTF-8 byte order mark (BOM) at the start of the"
                    + " input; remove it", err.toString());
        }
    }

    @Test
    void userMistakesAreOneLine() throws IOException {
        Path net = trainedXor();
        CliRun missing = CliRun.of("train", dir.resolve("none.data").toString(), "-o", dir.resolve("x.net").toString());
        assertEquals(ZenCommand.EXIT_FAILURE, missing.code());
        assertEquals("zen: no such file: " + dir.resolve("none.data"), missing.err().strip());

        Path bad = Files.writeString(dir.resolve("bad.data"), "2 2 1\n1 2\n3\n1 x\n0\n");
        CliRun malformed = CliRun.of("train", bad.toString(), "-o", dir.resolve("x.net").toString());
        assertEquals(ZenCommand.EXIT_FAILURE, malformed.code());
        assertTrue(malformed.err().startsWith("zen: " + bad + ":4: "), malformed.err());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
        assertFalse(Files.exists(dir.resolve("x.net")), "nothing saved after a failure");

        CliRun unknown = CliRun.of("train", xor().toString(), "--algorithm", "foo", "-o", dir.resolve("x.net").toString());
        assertEquals(ZenCommand.EXIT_USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("zen: Invalid value for option '--algorithm'"), unknown.err());

        CliRun rate = CliRun.of("train", xor().toString(), "--learning-rate", "0.1", "-o", dir.resolve("x.net").toString());
        assertEquals(ZenCommand.EXIT_USAGE, rate.code());
        assertEquals("zen: rprop adapts its own steps; --learning-rate does not apply (see 'zen train --help')",
                rate.err().strip());

        CliRun noBackend = CliRun.of("train", xor().toString(), "--backend", "nonesuch", "-o",
                dir.resolve("x.net").toString());
        assertEquals(ZenCommand.EXIT_FAILURE, noBackend.code());
        assertTrue(noBackend.err().startsWith("zen: no backend named 'nonesuch'; found: "), noBackend.err());
        assertFalse(Files.exists(dir.resolve("x.net")), "nothing saved after a failure");

        CliRun notANumber = CliRun.of("run", net.toString(), "1", "x");
        assertEquals(ZenCommand.EXIT_USAGE, notANumber.code());
        assertEquals("zen: 'x' is not a number (see 'zen run --help')", notANumber.err().strip());

        CliRun wrongCount = CliRun.of("run", net.toString(), "1", "2", "3");
        assertEquals(ZenCommand.EXIT_USAGE, wrongCount.code());
        assertEquals("zen: the network takes 2 inputs per row, but 3 values were given (see 'zen run --help')",
                wrongCount.err().strip());

        CliRun wrongData = CliRun.of("test", net.toString(), Files.writeString(dir.resolve("three.data"),
                "1 3 1\n1 2 3\n1\n").toString());
        assertEquals(ZenCommand.EXIT_FAILURE, wrongData.code());
        assertEquals("zen: " + dir.resolve("three.data") + " has 3 inputs and 1 outputs per pair, but the network in "
                + net + " has 2 inputs and 1 outputs", wrongData.err().strip());
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheOption() throws IOException {
        String data = xor().toString();
        String out = dir.resolve("x.net").toString();
        String[][] cases = {
            {"--threads", "100000", "--threads must be between 1 and 1024, got 100000"},
            {"--threads", "0", "--threads must be between 1 and 1024, got 0"},
            {"--hidden", "4,-3", "--hidden must be at least 1, got -3"},
            {"--bit-fail-limit", "-1", "--bit-fail-limit must be a finite number >= 0, got -1.0"},
            {"--desired-error", "NaN", "--desired-error must be a finite number >= 0, got NaN"},
            {"--report-every", "-1", "--report-every must be at least 0, got -1"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("train", data, c[0], c[1], "-q", "-o", out);
            assertEquals(ZenCommand.EXIT_USAGE, r.code(), c[0] + " " + c[1] + ": " + r.err());
            assertEquals("zen: " + c[2] + " (see 'zen train --help')", r.err().strip());
        }
        CliRun limit = CliRun.of("test", trainedXor().toString(), data, "--bit-fail-limit", "Infinity");
        assertEquals(ZenCommand.EXIT_USAGE, limit.code(), limit.err());
        assertTrue(limit.err().startsWith("zen: --bit-fail-limit must be a finite number >= 0, got Infinity"),
                limit.err());
        assertFalse(Files.exists(dir.resolve("x.net")), "nothing saved after a usage error");
    }

    @Test
    void fileMistakesFailBeforeTrainingAndNameThePath() throws IOException {
        Path data = xor();
        Path noDirectory = dir.resolve("nodir").resolve("x.net");
        CliRun missingDirectory = CliRun.of("train", data.toString(), "--epochs", "100000", "--desired-error", "0",
                "-q", "-o", noDirectory.toString());
        assertEquals(ZenCommand.EXIT_FAILURE, missingDirectory.code());
        assertEquals("zen: " + noDirectory + ": there is no directory " + dir.resolve("nodir"),
                missingDirectory.err().strip());

        Path aDirectory = Files.createDirectory(dir.resolve("adir"));
        CliRun outputIsADirectory = CliRun.of("train", data.toString(), "-q", "-o", aDirectory.toString());
        assertEquals(ZenCommand.EXIT_FAILURE, outputIsADirectory.code());
        assertEquals("zen: " + aDirectory + ": is a directory, not a file", outputIsADirectory.err().strip());

        for (String[] args : new String[][] {
            {"train", aDirectory.toString(), "-q", "-o", dir.resolve("y.net").toString()},
            {"test", aDirectory.toString(), data.toString()},
            {"run", aDirectory.toString(), "1", "1"},
        }) {
            CliRun inputIsADirectory = CliRun.of(args);
            assertEquals(ZenCommand.EXIT_FAILURE, inputIsADirectory.code(), args[0]);
            assertEquals("zen: " + aDirectory + ": is a directory, not a file", inputIsADirectory.err().strip());
        }

        String before = Files.readString(data);
        CliRun overwrite = CliRun.of("train", data.toString(), "-q", "-o", data.toString());
        assertEquals(ZenCommand.EXIT_USAGE, overwrite.code());
        assertEquals("zen: --output " + data + " is the input file " + data + "; saving would overwrite it"
                + " (see 'zen train --help')", overwrite.err().strip());
        Path validation = Files.writeString(dir.resolve("validation.data"), XOR);
        CliRun overwriteValidation = CliRun.of("train", data.toString(), "--validation", validation.toString(), "-q",
                "-o", dir.resolve(".").resolve("validation.data").toString());
        assertEquals(ZenCommand.EXIT_USAGE, overwriteValidation.code(), overwriteValidation.err());
        assertEquals(before, Files.readString(data), "the training data is untouched");
        assertEquals(XOR, Files.readString(validation), "the validation data is untouched");
        assertFalse(Files.exists(dir.resolve("y.net")));
    }
}
