package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ZenCommandTest {

    /** What one run of the command printed and returned. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesProjectAndJava() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("zen " + ZenVersion.projectVersion() + System.lineSeparator()), r.out());
        assertTrue(ZenVersion.projectVersion().matches("\\d+\\.\\d+\\.\\d+.*"), ZenVersion.projectVersion());
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
    }

    @Test
    void helpListsSubcommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("devices"), r.out());
        assertTrue(r.out().startsWith("Usage: zen"), r.out());
    }

    @Test
    void devicesListsCpuAndExplainsMissingOpenCl() {
        Run r = run("devices");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("cpu: available" + System.lineSeparator() + "  CPU, "), r.out());
        // zen-tools' own tests run without zen-gpu on the class path.
        assertTrue(r.out().contains("opencl: not in this build"), r.out());
        assertTrue(r.out().contains("fix: ZEN_PROFILES=gpu ./zen devices"), r.out());
    }

    @Test
    void requiringAMissingBackendFails() {
        Run r = run("devices", "--require", "opencl");
        assertEquals(ZenCommand.EXIT_FAILURE, r.code());
        assertEquals("zen: backend 'opencl' is not available here (see above)", r.err().strip());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        Run r = run("devices", "--frobnicate");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertEquals("zen: Unknown option: '--frobnicate' (see 'zen devices --help')", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("frobnicate");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("zen: Unmatched argument at index 0: 'frobnicate'"), r.err());
    }
}
