package dev.zenneural.core.kernel;

import dev.zenneural.core.concurrent.Futures;
import dev.zenneural.core.concurrent.Pools;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The threads that large kernels share their work with: {@code zen.threads} (system property,
 * default the number of processors) including the caller. Public for callers that share out a
 * larger job of their own (batched inference shares out whole blocks of rows): each part computes
 * its products with {@link Sgemm#gemmOnCallingThread}, so that no part waits on another task.
 *
 * <p>A fixed pool of {@code count() - 1} daemon threads, started on first use, rather than
 * {@link java.util.concurrent.ForkJoinPool#commonPool()}: the common pool has one thread fewer
 * than processors and is shared with unrelated streams, so a product could not count on its
 * threads. Daemon threads never keep the JVM alive, and the pool never grows, so nothing leaks.
 * Pool tasks never wait on other tasks, so callers from many threads at once cannot deadlock.
 */
public final class GemmThreads {

    private static final int COUNT = Math.max(1, Integer.getInteger("zen.threads",
            Runtime.getRuntime().availableProcessors()));

    private GemmThreads() {
    }

    /** How many threads a kernel may use, the caller included. */
    public static int count() {
        return COUNT;
    }

    /**
     * Runs {@code task.accept(t)} for {@code 0 <= t < parts}, part 0 on the calling thread, and
     * returns when all have finished. A part must not itself hand work to these threads.
     */
    public static void run(int parts, IntConsumer task) {
        Future<?>[] others = new Future<?>[parts - 1];
        for (int t = 1; t < parts; t++) {
            int part = t;
            others[t - 1] = Pool.EXECUTOR.submit(() -> task.accept(part));
        }
        task.accept(0);
        for (Future<?> f : others) {
            // The other parts write into the caller's C: they finish before this returns.
            Futures.join(f);
        }
    }

    /** Started only when a product first needs it. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Pools.daemons("zen-kernel", Math.max(1, COUNT - 1));
    }
}
