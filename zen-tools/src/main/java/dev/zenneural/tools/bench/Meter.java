package dev.zenneural.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Times workloads as {@code zen bench} does: every thread calls its own workload untimed until the
 * JIT has compiled the code (see {@link #Meter}), all threads then start the timed window together,
 * and each keeps calling until the measurement time has passed; a call already begun finishes, so
 * the window ends with the last thread's last call. The rate is all threads' units over that window.
 */
public final class Meter {

    /** Where the workloads' checksums go, so that their results are used (see {@link Workload#checksum()}). */
    private static volatile double blackhole;

    private final long warmupNanos;
    private final long measureNanos;

    /** The warm-up goes on while a window's rate beats the one before by more than this factor. */
    private static final double CLIMBING = 1.05;
    /**
     * Calls in a warm-up window at the least: a rate from one or two long calls (a training call is
     * tenths of a second while cold) is too coarse to tell whether it still climbs.
     */
    private static final int MIN_WINDOW_CALLS = 4;
    /** The longest warm-up, in multiples of the asked-for warm-up time. */
    static final int MAX_WARMUP_FACTOR = 3;

    /**
     * A meter that warms up for at least {@code warmupSeconds} (0: no warm-up) and measures for
     * {@code measureSeconds}; every thread makes at least one timed call, however short the time.
     * The warm-up runs in windows of a quarter of its time (and of at least {@value #MIN_WINDOW_CALLS}
     * calls) and goes on while the rate still climbs
     * (more than 5 % over the window before), as it does while the JIT is still compiling, up to
     * {@value #MAX_WARMUP_FACTOR} times {@code warmupSeconds}.
     */
    public Meter(double warmupSeconds, double measureSeconds) {
        if (!(warmupSeconds >= 0) || !(measureSeconds > 0)) {
            throw new IllegalArgumentException("warm-up must be >= 0 and measurement > 0 seconds, got "
                    + warmupSeconds + " and " + measureSeconds);
        }
        this.warmupNanos = (long) (warmupSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
    }

    /** Runs one workload per element of {@code workloads}, each on its own thread, and times them. */
    public Measurement measure(List<? extends Workload> workloads) throws InterruptedException {
        int threads = workloads.size();
        if (threads == 0) {
            throw new IllegalArgumentException("no workloads to measure");
        }
        long[] units = new long[threads];
        long[] calls = new long[threads];
        long[] starts = new long[threads];
        long[] ends = new long[threads];
        long[] warmups = new long[threads];
        // A latch rather than a barrier: a thread that fails in its warm-up still counts down, so
        // the others never wait for it, and they skip the timed window.
        CountDownLatch warm = new CountDownLatch(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int index = t;
            Workload workload = workloads.get(t);
            Thread thread = new Thread(() -> {
                boolean counted = false;
                try {
                    warmups[index] = warmUp(workload);
                    warm.countDown();
                    counted = true;
                    warm.await();
                    if (failure.get() == null) {
                        measureOne(workload, index, units, calls, starts, ends);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (!counted) {
                        warm.countDown();
                    }
                }
            }, "zen-bench-" + t);
            thread.setDaemon(true);
            running.add(thread);
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            thread.join();
        }
        rethrow(failure.get());
        double checksum = 0;
        for (Workload w : workloads) {
            checksum += w.checksum();
        }
        blackhole = checksum;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long totalUnits = 0;
        long totalCalls = 0;
        long warmup = 0;
        for (int t = 0; t < threads; t++) {
            warmup = Math.max(warmup, warmups[t]);
            first = Math.min(first, starts[t]);
            last = Math.max(last, ends[t]);
            totalUnits += units[t];
            totalCalls += calls[t];
        }
        return new Measurement(totalUnits, totalCalls, (last - first) * 1e-9, warmup * 1e-9);
    }

    /** Warms up as the constructor says and returns how long it took, in nanoseconds. */
    private long warmUp(Workload workload) {
        if (warmupNanos == 0) {
            return 0;
        }
        long window = Math.max(1, warmupNanos / 4);
        long start = System.nanoTime();
        double previous = Double.NaN;
        while (true) {
            long units = 0;
            int calls = 0;
            long t0 = System.nanoTime();
            do {
                units += workload.call();
                calls++;
            } while (System.nanoTime() - t0 < window || calls < MIN_WINDOW_CALLS);
            long now = System.nanoTime();
            double rate = units / (double) (now - t0);
            // The first window has nothing to compare with: it counts as climbing.
            boolean climbing = !(rate <= previous * CLIMBING);
            long spent = now - start;
            if (spent >= MAX_WARMUP_FACTOR * warmupNanos || spent >= warmupNanos && !climbing) {
                return spent;
            }
            previous = rate;
        }
    }

    private void measureOne(Workload workload, int index, long[] units, long[] calls, long[] starts, long[] ends) {
        long done = 0;
        long n = 0;
        long t0 = System.nanoTime();
        long t1;
        do {
            done += workload.call();
            n++;
            t1 = System.nanoTime();
        } while (t1 - t0 < measureNanos);
        units[index] = done;
        calls[index] = n;
        starts[index] = t0;
        ends[index] = t1;
    }

    private static void rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
