package dev.zenneural.gpu.opencl;

import org.jocl.CL;

/**
 * Loads JOCL and the OpenCL library once per JVM.
 *
 * <p>When {@code org.jocl.CL} fails its static initialization the class is unusable for the rest of
 * the JVM's life, and later uses only say "Could not initialize class"; remembering the first error
 * keeps every later diagnosis as precise as the first.
 */
final class OpenClLibrary {

    private OpenClLibrary() {
    }

    /**
     * Makes sure OpenCL can be called, with JOCL's exceptions on.
     *
     * @throws OpenClUnavailableException if JOCL or libOpenCL cannot be loaded
     */
    static void require() {
        LinkageError failure = Holder.FAILURE;
        if (failure != null) {
            throw OpenClUnavailableException.libraryMissing(failure);
        }
    }

    /** Initialized on first use: the JVM runs this exactly once, even under concurrent first calls. */
    private static final class Holder {
        static final LinkageError FAILURE = load();

        private static LinkageError load() {
            try {
                // Without exceptions JOCL reports failures only in return values and errcode_ret
                // arrays, which are easy to drop; with them every failed call throws.
                CL.setExceptionsEnabled(true);
                return null;
            } catch (LinkageError e) {
                return e;
            }
        }
    }
}
