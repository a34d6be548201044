package dev.zenneural.ml.forecast;

import dev.zenneural.core.concurrent.Futures;
import dev.zenneural.core.concurrent.Pools;
import dev.zenneural.core.kernel.Sgemm;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
     * Runs {@code task.accept(p)} for {@code 0 <= p < parts}, part 0 on the calling thread, and
     * returns when all have finished (even when one throws: they write into the caller's buffers);
     * the first part's exception, in part order, is rethrown.
     */
    static void run(int parts, IntConsumer task) {
        Future<?>[] others = new Future<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            int part = p;
            others[p - 1] = Pool.EXECUTOR.submit(() -> task.accept(part));
        }
        RuntimeException failure = null;
        try {
            task.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            for (Future<?> f : others) {
                try {
                    Futures.join(f);
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
