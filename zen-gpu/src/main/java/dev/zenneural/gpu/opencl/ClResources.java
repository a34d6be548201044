package dev.zenneural.gpu.opencl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.ToIntFunction;

/**
 * Native OpenCL objects and {@link DeviceBuffer}s to release together, newest first (kernels before
 * their program, the program before its context).
 *
 * <p>Objects are added as they are created, so a constructor that fails half-way releases exactly
 * what it had made; a failed release does not stop the others.
 */
public final class ClResources implements AutoCloseable {

    private final Deque<Runnable> releases = new ArrayDeque<>();

    /**
     * Registers an object to release on {@link #close()}.
     *
     * @param <T> the handle's type
     * @param handle the object, as just created
     * @param releaseCall the release function's name, for the message if it fails
     * @param release the release function, e.g. {@code CL::clReleaseMemObject}
     * @return {@code handle}, so that creation and registration read as one expression
     */
    public <T> T add(T handle, String releaseCall, ToIntFunction<? super T> release) {
        releases.push(() -> Cl.run(releaseCall, () -> release.applyAsInt(handle)));
        return handle;
    }

    /**
     * Registers a device buffer to close on {@link #close()}.
     *
     * @param buffer the buffer, as just made
     * @return {@code buffer}
     */
    public DeviceBuffer add(DeviceBuffer buffer) {
        releases.push(buffer::close);
        return buffer;
    }

    /**
     * The number of objects not yet released.
     *
     * @return 0 after {@link #close()}
     */
    public int size() {
        return releases.size();
    }

    /**
     * Releases every object because {@code failure} stopped the code that was making them (a
     * constructor half-way), keeping {@code failure} as what is reported.
     *
     * @param failure what went wrong
     * @return {@code failure}, with any failed release suppressed in it, for the caller to throw
     */
    public RuntimeException closeAfter(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException releaseFailure) {
            failure.addSuppressed(releaseFailure);
        }
        return failure;
    }

    /**
     * Releases every object, newest first; does nothing the second time.
     *
     * @throws OpenClException the first release that failed, with later failures suppressed in it
     */
    @Override
    public void close() {
        RuntimeException first = null;
        while (!releases.isEmpty()) {
            try {
                releases.pop().run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
