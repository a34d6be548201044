package dev.zenneural.ml.forecast;

import dev.zenneural.core.concurrent.Futures;
import dev.zenneural.core.concurrent.Pools;
import dev.zenneural.core.kernel.Sgemm;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

/**
 * The threads that share out one forecast's windows: as many as the matrix products may use
 * ({@link Sgemm#threads()}), the caller included. A pool of its own rather than the kernels': its
 * tasks are whole forward passes, and they compute their products on their own thread.
 */
final class ForecastThreads {

    private ForecastThreads() {
    }

    /** How many parts a forecast may be split into. */
    static int count() {
        return Sgemm.threads();
    }

    /**
     * Runs {@code task.accept(p)} for {@code 0 <= p < parts}, part 0 on the calling thread, for
     * tasks that take their work from a shared queue until it is empty: a part that has not started
     * by the time the caller's is done would find nothing left, so it is dropped rather than waited
     * for (on a busy machine the pool's thread may not have had a core yet). Returns when every
     * part that started has finished (even when one throws: they write into the caller's buffers);
     * the first failure, in part order, is rethrown.
     */
    static void runSharing(int parts, IntConsumer task) {
        // A part runs only if it claims its own slot first; the caller claims those left unclaimed.
        // (Future.cancel would not do: a running task is still cancellable and would not be waited for.)
        AtomicIntegerArray claimed = new AtomicIntegerArray(parts);
        Future<?>[] others = new Future<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            int part = p;
            others[p - 1] = Pool.EXECUTOR.submit(() -> {
                if (claimed.compareAndSet(part, 0, 1)) {
                    task.accept(part);
                }
            });
        }
        RuntimeException failure = null;
        try {
            task.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            for (int p = 1; p < parts; p++) {
                if (claimed.compareAndSet(p, 0, 1)) {
                    continue;
                }
                try {
                    Futures.join(others[p - 1]);
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Started only when a forecast first splits. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Pools.daemons("zen-forecast", Math.max(1, count() - 1));
    }
}
