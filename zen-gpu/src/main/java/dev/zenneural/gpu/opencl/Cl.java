package dev.zenneural.gpu.opencl;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jocl.CLException;

/**
 * Runs one JOCL call and turns its failure into an {@link OpenClException} that names the call.
 *
 * <p>JOCL's own exception carries only the status; a stack of JNI frames does not tell a person
 * which of a dozen calls failed, so every call site names itself here.
 */
public final class Cl {

    private Cl() {
    }

    /**
     * Runs a call that returns its status.
     *
     * @param call the OpenCL function's name, for the message
     * @param op the call
     * @throws OpenClException if the call fails
     */
    public static void run(String call, IntSupplier op) {
        int status;
        try {
            status = op.getAsInt();
        } catch (CLException e) {
            throw new OpenClException(call, e.getStatus(), "", e);
        }
        // Checked here as well so that a failure is not lost if exceptions were switched off.
        if (status != ClStatus.SUCCESS) {
            throw new OpenClException(call, status);
        }
    }

    /**
     * Runs a call that creates an object.
     *
     * @param <T> the object's type
     * @param call the OpenCL function's name, for the message
     * @param op the call
     * @return what the call created
     * @throws OpenClException if the call fails
     */
    public static <T> T call(String call, Supplier<T> op) {
        try {
            return op.get();
        } catch (CLException e) {
            throw new OpenClException(call, e.getStatus(), "", e);
        }
    }
}
