package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.Backends;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(CliRun.OPENCL)
class ZenCommandTest {



    @Test
    void versionNamesProjectAndJava() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("zen " + ZenVersion.projectVersion() + System.lineSeparator()), r.out());
        assertTrue(ZenVersion.projectVersion().matches("\\d+\\.\\d+\\.\\d+.*"), ZenVersion.projectVersion());
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
    }

    @Test
    void helpListsSubcommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("devices"), r.out());
        assertTrue(r.out().startsWith("Usage: zen"), r.out());
    }

    @Test
    void devicesListsEveryBackendOnTheClassPath() {
        CliRun r = CliRun.of("devices");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("cpu: available" + System.lineSeparator() + "  CPU, "), r.out());
        // The default build has no zen-gpu on the class path; -Pgpu and -Pfull put it there.
        boolean openclBuilt = Backends.providers().stream().anyMatch(p -> p.name().equals("opencl"));
        if (openclBuilt) {
            assertTrue(r.out().contains("opencl: available") || r.out().contains("opencl: unavailable: "), r.out());
        } else {
            assertTrue(r.out().contains("opencl: not in this build: the OpenCL backend is the module zen-gpu"
                    + System.lineSeparator() + "  fix: ZEN_PROFILES=gpu ./zen devices"), r.out());
        }
    }

    @Test
    void requiringAMissingBackendFails() {
        CliRun r = CliRun.of("devices", "--require", "tpu");
        assertEquals(ZenCommand.EXIT_FAILURE, r.code());
        assertEquals("zen: backend 'tpu' is not available here (see above)", r.err().strip());
    }

    @Test
    void requiringTheCpuSucceeds() {
        assertEquals(0, CliRun.of("devices", "--require", "cpu").code());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRun r = CliRun.of("devices", "--frobnicate");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertEquals("zen: Unknown option: '--frobnicate' (see 'zen devices --help')", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliRun r = CliRun.of("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F _complete_zen"), r.out().lines().limit(5).toList().toString());
        assertTrue(r.out().contains("forecast") && r.out().contains("train"), "subcommands are completed");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("zen: Unmatched argument at index 0: 'frobnicate'"), r.err());
    }
}
