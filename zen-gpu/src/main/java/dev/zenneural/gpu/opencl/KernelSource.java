package dev.zenneural.gpu.opencl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads OpenCL C sources that travel in the jar as resources next to the classes that build them. */
public final class KernelSource {

    private KernelSource() {
    }

    /**
     * Reads a kernel source.
     *
     * @param anchor a class in the resource's package
     * @param name the file name, e.g. {@code sgemm.cl}
     * @return the source text
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static String read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kernel source " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kernel source " + name, e);
        }
    }
}
