package dev.zenneural.core.kernel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Gets a Vector API kernel compiled by C2 before zen relies on it: the panel product of
 * {@link Sgemm} ({@link PanelProducts}) and the sigmoids ({@link Sigmoids}).
 *
 * <p>Until C2 has compiled it, every vector operation of the Vector API runs as Java code that
 * allocates an object, some hundred times slower than the plain-loop kernel it replaces; on a busy
 * machine that lasted two seconds in a measurement here, long enough to slow a short training run
 * down rather than up. So a daemon thread runs a round of the vector kernel and a round of the plain
 * one by turns on a small dummy problem until the vector round is the faster (C2 has compiled it:
 * interpreted and C1 vector code is many times slower than even C1's plain loops), and only then is
 * the vector kernel handed out; until then the plain one runs, which gives the same bits. A warm-up
 * that does not get there within its time limit leaves the plain kernel in charge.
 */
final class VectorWarmup {

    /**
     * Rounds run back to back and uncompared: enough calls for HotSpot's tiered thresholds to queue
     * the kernel for C2 (the product's micro-kernel runs 4 times a round, 32 steps a call) and to get
     * the reference out of the interpreter (interpreted plain loops are slower than even uncompiled
     * vector code). Later rounds compare, with a pause between them.
     */
    private static final int BUSY_ROUNDS = 300;
    private static final long PAUSE_MILLIS = 5;
    private static final long TIME_LIMIT_NANOS = 30_000_000_000L;

    private final String name;
    private final Runnable candidate;
    private final Runnable reference;
    private volatile boolean warm;
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * Warms a vector kernel up: {@code candidate} runs one round of it, {@code reference} the same
     * round on the plain kernel it is timed against.
     *
     * @param name the kernel's name, for the thread's ({@code zen-<name>-warmup})
     */
    VectorWarmup(String name, Runnable candidate, Runnable reference) {
        this.name = name;
        this.candidate = candidate;
        this.reference = reference;
    }

    /** Starts the warm-up on a daemon thread of minimum priority. */
    void startInBackground() {
        startInBackgroundAfter(null);
    }

    /**
     * Starts the warm-up on a daemon thread of minimum priority once {@code first} (if not null) has
     * ended: two warm-ups at once compete for C2's compile queue and each took seconds longer.
     */
    void startInBackgroundAfter(VectorWarmup first) {
        Thread thread = new Thread(() -> {
            try {
                if (first != null) {
                    first.finished.await();
                }
                run(TIME_LIMIT_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                finished.countDown();
            }
        }, "zen-" + name + "-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the vector kernel has been found compiled. */
    boolean warm() {
        return warm;
    }

    /**
     * Waits until the background warm-up has ended, at most {@code timeoutNanos}, and returns
     * {@link #warm()}.
     */
    boolean await(long timeoutNanos) throws InterruptedException {
        finished.await(timeoutNanos, TimeUnit.NANOSECONDS);
        return warm;
    }

    /**
     * Runs rounds of the vector kernel and of the reference by turns until the vector round takes
     * less time, or the time is up.
     *
     * @return whether the vector kernel got warm
     */
    boolean run(long timeLimitNanos) {
        long deadline = System.nanoTime() + timeLimitNanos;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            long candidateTime = time(candidate);
            long referenceTime = time(reference);
            if (round >= BUSY_ROUNDS && candidateTime < referenceTime) {
                warm = true;
                return true;
            }
            if (round >= BUSY_ROUNDS) {
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private static long time(Runnable round) {
        long start = System.nanoTime();
        round.run();
        return System.nanoTime() - start;
    }
}
