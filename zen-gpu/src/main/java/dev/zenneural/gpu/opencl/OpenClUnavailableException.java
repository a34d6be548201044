package dev.zenneural.gpu.opencl;

import java.util.List;

/**
 * OpenCL cannot be used on this machine: the message says why ({@link #problem()}) and what a
 * person can do about it ({@link #fix()}).
 */
public final class OpenClUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The command that gives a Debian or Ubuntu machine a loader and a CPU OpenCL driver (PoCL). */
    public static final String INSTALL_POCL = "apt-get install ocl-icd-opencl-dev pocl-opencl-icd";

    /** Why OpenCL cannot be used. */
    private final String problem;
    /** What fixes it, or the empty string. */
    private final String fix;

    /**
     * An exception with the given diagnosis.
     *
     * @param problem why OpenCL cannot be used
     * @param fix what fixes it, or the empty string
     * @param cause what was thrown underneath, or {@code null}
     */
    public OpenClUnavailableException(String problem, String fix, Throwable cause) {
        super(fix.isEmpty() ? problem : problem + " (fix: " + fix + ")", cause);
        this.problem = problem;
        this.fix = fix;
    }

    /**
     * Diagnoses a failure to load JOCL or the OpenCL library it opens.
     *
     * @param error what loading threw (JOCL throws {@link UnsatisfiedLinkError} the first time and
     *     {@link NoClassDefFoundError} for {@code org.jocl.CL} after that)
     * @return the diagnosis
     */
    public static OpenClUnavailableException libraryMissing(LinkageError error) {
        String text = messages(error);
        if (text.contains("OpenCL library") || text.contains("libOpenCL")) {
            return new OpenClUnavailableException("the OpenCL library (libOpenCL.so) could not be loaded: " + text,
                    INSTALL_POCL + "; JOCL opens the unversioned libOpenCL.so, which ocl-icd-opencl-dev provides"
                            + " (or put a directory holding it on LD_LIBRARY_PATH)", error);
        }
        if (error instanceof NoClassDefFoundError && text.contains("org/jocl/")) {
            return new OpenClUnavailableException("JOCL is not on the class path: " + text,
                    "add org.jocl:jocl:2.0.5 to the class path (zen-gpu depends on it)", error);
        }
        return new OpenClUnavailableException("JOCL's native library could not be loaded: " + text,
                "JOCL 2.0.5 carries natives for Linux, Windows and macOS on x86-64 and arm64; check that"
                        + " java.io.tmpdir is writable and not mounted noexec", error);
    }

    /**
     * No platform at all: the loader is there but no vendor driver (ICD) is registered.
     *
     * @return the diagnosis
     */
    public static OpenClUnavailableException noPlatforms() {
        return new OpenClUnavailableException("the OpenCL loader found no platform (CL_PLATFORM_NOT_FOUND_KHR): no"
                + " driver is registered in /etc/OpenCL/vendors or OCL_ICD_VENDORS",
                INSTALL_POCL + " for a CPU driver, or register your GPU driver's .icd file (e.g. echo"
                        + " libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd)", null);
    }

    /**
     * Platforms exist but none of them has a device.
     *
     * @param platforms the names of the platforms found
     * @return the diagnosis
     */
    public static OpenClUnavailableException noDevices(List<String> platforms) {
        return new OpenClUnavailableException("OpenCL platform(s) " + String.join(", ", platforms)
                + " found, but they report no device",
                "check that the driver supports this hardware and that the device is visible to this process"
                        + " (permissions on /dev/dri or /dev/nvidia*, containers)", null);
    }

    /**
     * Why OpenCL cannot be used.
     *
     * @return a sentence for a person
     */
    public String problem() {
        return problem;
    }

    /**
     * What fixes {@link #problem()}.
     *
     * @return a command or a setting, or the empty string
     */
    public String fix() {
        return fix;
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                text.append(text.length() == 0 ? "" : "; ").append(t.getMessage());
            }
        }
        return text.length() == 0 ? error.getClass().getName() : text.toString();
    }
}
