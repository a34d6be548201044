package dev.zenneural.gpu.opencl;

/**
 * An OpenCL call failed. The message names the call and the status by its name, e.g.
 * {@code clEnqueueNDRangeKernel failed: CL_OUT_OF_RESOURCES (-5)}, followed by any detail the
 * runtime gave (for a failed build: the compiler's log).
 */
public class OpenClException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The OpenCL function that failed. */
    private final String call;
    /** The status it returned. */
    private final int status;

    /**
     * An exception for a call that returned {@code status}.
     *
     * @param call the OpenCL function that failed, e.g. {@code clCreateBuffer}
     * @param status the status it returned
     */
    public OpenClException(String call, int status) {
        this(call, status, "", null);
    }

    /**
     * An exception for a call that returned {@code status}, with more to say and the original cause.
     *
     * @param call the OpenCL function that failed
     * @param status the status it returned
     * @param detail what else a person needs to know (a build log); may be empty
     * @param cause the exception JOCL threw, or {@code null}
     */
    public OpenClException(String call, int status, String detail, Throwable cause) {
        super(message(call, status, detail), cause);
        this.call = call;
        this.status = status;
    }

    private static String message(String call, int status, String detail) {
        String head = call + " failed: " + ClStatus.describe(status);
        return detail.isEmpty() ? head : head + "\n" + detail;
    }

    /**
     * The OpenCL function that failed.
     *
     * @return its name, e.g. {@code clBuildProgram}
     */
    public String call() {
        return call;
    }

    /**
     * The status the call returned.
     *
     * @return a negative OpenCL status code
     */
    public int status() {
        return status;
    }

    /**
     * The status by its name.
     *
     * @return e.g. {@code CL_OUT_OF_RESOURCES}
     */
    public String statusName() {
        return ClStatus.name(status);
    }
}
