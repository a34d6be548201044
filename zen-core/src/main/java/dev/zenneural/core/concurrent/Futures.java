package dev.zenneural.core.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to other threads, for zen's own thread pools (kernels, training). Not an
 * API for applications: it may change without notice.
 */
public final class Futures {

    private Futures() {
    }

    /**
     * Waits until {@code future} has finished, even if this thread is interrupted meanwhile (the
     * interrupt is restored before returning): the task writes into buffers the caller reuses, so it
     * must not outlive the call. A task's unchecked exception or error is rethrown as it was.
     */
    public static void join(Future<?> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
