package dev.zenneural.tools.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process run of the {@code zen} command printed and returned. */
record CliRun(int code, String out, String err) {

    /**
     * The {@code @ResourceLock} of tests that run OpenCL in this JVM. Test classes run in parallel,
     * and PoCL (CI's device) compiles kernels into one on-disk cache: a program build in one test
     * failed while another test's training ran on the device ("unable to rename temporary ...
     * tempfile ... No such file or directory", CI, -Pfull on Temurin 25). zen-gpu builds one program
     * at a time; the kernels PoCL compiles when they are first launched are outside that lock.
     */
    static final String OPENCL = "zen-tools.opencl";

    /** Runs {@code zen args...} in this JVM, as without a terminal. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
