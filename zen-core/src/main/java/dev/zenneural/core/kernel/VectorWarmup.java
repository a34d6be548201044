package dev.zenneural.core.kernel;

import java.util.HashSet;
import java.util.Set;
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
 *
 * <p>The warm-ups of a JVM take turns, in the order they were started, each for at most
 * {@link #TURN_LIMIT_NANOS}: run together, they and the JIT compiling the Vector API took the CPU
 * the work itself was waiting for. On 2 vCPUs, {@code zen train} of mushroom's 125-32-2 network
 * (RPROP, one thread), this and all at once run by turns (session 20): 300 epochs in 3.0-3.4 s
 * against 4.5-5.3 s, 1000 in 5.4-7.3 s against 6.2-7.2 s, 3000 in 12.4 and 14.2 s against 13.2 and
 * 14.2 s.
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
    /** How long one warm-up may keep the later ones waiting, should its kernel be slow to compile. */
    private static final long TURN_LIMIT_NANOS = 5_000_000_000L;
    private static final Turns TURNS = new Turns();

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

    /**
     * Starts the warm-up on a daemon thread of minimum priority; it runs once the warm-ups started
     * before it have had their turns.
     */
    void startInBackground() {
        // The ticket is taken here, so the turns follow the order of these calls, not of the threads.
        long ticket = TURNS.ticket();
        Thread thread = new Thread(() -> {
            try {
                TURNS.await(ticket);
                run(TIME_LIMIT_NANOS, TURN_LIMIT_NANOS, () -> TURNS.end(ticket));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                TURNS.end(ticket);
                finished.countDown();
            }
        }, "zen-" + name + "-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        try {
            thread.start();
        } catch (RuntimeException | Error e) {
            // A thread that never runs must not hold up the warm-ups after it.
            TURNS.end(ticket);
            throw e;
        }
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
        return run(timeLimitNanos, Long.MAX_VALUE, () -> { });
    }

    /**
     * {@link #run(long)}, calling {@code endTurn} once when {@code turnNanos} have passed without the
     * vector round getting faster.
     */
    boolean run(long timeLimitNanos, long turnNanos, Runnable endTurn) {
        long start = System.nanoTime();
        long deadline = start + timeLimitNanos;
        boolean turn = true;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            if (turn && System.nanoTime() - start > turnNanos) {
                endTurn.run();
                turn = false;
            }
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

    /**
     * Turns by ticket: each ticket's turn comes after every earlier ticket's has ended. A ticket may
     * end before its turn (its thread was interrupted while waiting); its turn is then skipped.
     * Ending a ticket again changes nothing.
     */
    private static final class Turns {
        private long next;
        private long serving;
        private final Set<Long> ended = new HashSet<>();

        synchronized long ticket() {
            return next++;
        }

        synchronized void await(long ticket) throws InterruptedException {
            while (serving != ticket) {
                wait();
            }
        }

        synchronized void end(long ticket) {
            if (ticket < serving || !ended.add(ticket)) {
                return;
            }
            while (ended.remove(serving)) {
                serving++;
            }
            notifyAll();
        }
    }
}
