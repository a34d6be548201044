package dev.zenneural.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small C program, compiled with gcc from a test resource, that an {@code interop} test runs to
 * compare us with a real C library (libfann, OpenBLAS): the independent implementation.
 */
public final class CProbe {

    /** What one run printed (stdout and stderr together) and its exit code. */
    public record Result(int code, String output) {
    }

    private final Path executable;

    private CProbe(Path executable) {
        this.executable = executable;
    }

    /**
     * Compiles the resource {@code source} (found next to {@code anchor}) into {@code dir}; fails the
     * calling test, naming the packages to install, when gcc or a library is missing.
     *
     * @param install what to tell a person to install, e.g. "apt-get install -y gcc libfann-dev"
     * @param libraries linker arguments, e.g. "-lfloatfann", "-lm"
     */
    public static CProbe compile(Class<?> anchor, String source, Path dir, String install, String... libraries)
            throws IOException, InterruptedException {
        Path c = dir.resolve(source);
        try (InputStream in = anchor.getResourceAsStream(source)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + source + " next to " + anchor.getName());
            }
            Files.copy(in, c);
        }
        Path executable = dir.resolve(source.replaceFirst("\\.c$", ""));
        List<String> command = new ArrayList<>(List.of("gcc", "-O2", "-o", executable.toString(), c.toString()));
        command.addAll(List.of(libraries));
        Result r;
        try {
            r = exec(command);
        } catch (IOException e) {
            fail("cannot run gcc (" + e.getMessage() + "); this interop test needs: " + install);
            throw e;
        }
        if (r.code() != 0) {
            fail("compiling " + source + " failed; this interop test needs: " + install + "\n" + r.output());
        }
        return new CProbe(executable);
    }

    /** Runs the probe with {@code args}; a run that takes over a minute fails the test. */
    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        return exec(command);
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.US_ASCII));
    }
}
