package dev.zenneural.dataframes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Apache Arrow's JavaScript implementation (npm apache-arrow, pinned), installed on first use into
 * {@code target/interop-node} of this module with npm's cache beside it (never globally), and the
 * script arrow_interop.mjs that drives it.
 */
final class NodeArrow {

    static final String PACKAGE = "apache-arrow@21.2.0";
    private static final String INSTALL_HINT = "the interop tests need Node.js 18+ and npm (Debian: apt-get install"
            + " nodejs npm) and the npm registry, or " + PACKAGE + " already installed in target/interop-node";

    private final Path home;

    private NodeArrow(Path home) {
        this.home = home;
    }

    /** Installs the package unless the pinned version is already there, and copies the script beside it. */
    static NodeArrow install(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path installed = home.resolve("node_modules/apache-arrow/package.json");
        String version = PACKAGE.substring(PACKAGE.indexOf('@', 1) + 1);
        if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + version + "\"")) {
            Result npm = run(home, 300, "npm", "install", "--prefix", home.toString(), "--cache",
                    home.resolve("npm-cache").toString(), "--no-audit", "--no-fund", "--no-save",
                    "--no-package-lock", "--loglevel=error", PACKAGE);
            if (npm.code() != 0) {
                throw new IllegalStateException("npm install " + PACKAGE + " failed (" + INSTALL_HINT + "):\n"
                        + npm.output());
            }
        }
        try (InputStream script = NodeArrow.class.getResourceAsStream("arrow_interop.mjs")) {
            Files.copy(script, home.resolve("arrow_interop.mjs"), StandardCopyOption.REPLACE_EXISTING);
        }
        return new NodeArrow(home);
    }

    /** Runs {@code node arrow_interop.mjs args...}; fails the test with its output if it fails. */
    List<String> script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "arrow_interop.mjs"));
        command.addAll(List.of(args));
        Result r = run(home, 120, command.toArray(new String[0]));
        if (r.code() != 0) {
            throw new IllegalStateException("node " + String.join(" ", command) + " failed:\n" + r.output());
        }
        return r.output().lines().toList();
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + ": " + INSTALL_HINT, e);
        }
        // Output is read before waiting, so a chatty process cannot block on a full pipe.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took more than " + seconds + " s");
        }
        return new Result(process.exitValue(), output);
    }
}
