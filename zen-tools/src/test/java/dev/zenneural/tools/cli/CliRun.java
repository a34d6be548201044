package dev.zenneural.tools.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of the {@code zen} command printed and returned. */
record CliRun(int code, String out, String err) {

    /** Runs {@code zen args...} in this JVM, as without a terminal. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
