package dev.zenneural.benchmarks.fann;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one of the benchmarks' C drivers and reads the {@code key=value} pairs it prints. */
final class CDriver {

    private CDriver() {
    }

    /**
     * Runs {@code command} (the driver first), its stderr going to ours, and returns the pairs of
     * its output.
     *
     * @throws IOException if it fails, or prints none of {@code required}
     */
    static Map<String, String> run(List<String> command, String... required) throws IOException,
            InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException(command.get(0) + " failed with status " + status);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : output.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (String key : required) {
            if (!values.containsKey(key)) {
                throw new IOException("no " + key + " in the output of " + command.get(0) + ": " + output);
            }
        }
        return values;
    }
}
