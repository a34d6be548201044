package dev.zenneural.core.kernel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Gets the Vector API product compiled by C2 before {@link Sgemm} relies on it.
 *
 * <p>Until C2 has compiled it, every vector operation of the Vector API runs as Java code that
 * allocates an object, some hundred times slower than the SuperWord product; on a busy machine that
 * lasted two seconds in a measurement here, long enough to slow a short training run down rather
 * than up. So a daemon thread runs the product and the SuperWord one by turns on a small dummy
 * problem until the vector product's round is the faster (C2 has compiled it: interpreted and C1
 * vector code is many times slower than even C1's plain loops), and only then does
 * {@link PanelProducts} hand it out; until then products run on the SuperWord kernel, which gives
 * the same bits. A warm-up that does not get there within its time limit leaves the SuperWord
 * kernel in charge.
 */
final class VectorWarmup {

    /**
     * Rounds run back to back and uncompared: enough calls for HotSpot's tiered thresholds to queue
     * the micro-kernel for C2 (it runs 4 times a round, 32 steps a call) and to get the reference out
     * of the interpreter (interpreted plain loops are slower than even uncompiled vector code). Later
     * rounds compare, with a pause between them.
     */
    private static final int BUSY_ROUNDS = 300;
    private static final long PAUSE_MILLIS = 5;
    private static final long TIME_LIMIT_NANOS = 30_000_000_000L;

    private final PanelProduct product;
    private final PanelProduct reference;
    private volatile boolean warm;
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Warms {@code product} up, timed against {@code reference} (the SuperWord product). */
    VectorWarmup(PanelProduct product, PanelProduct reference) {
        this.product = product;
        this.reference = reference;
    }

    /** Starts the warm-up on a daemon thread of minimum priority. */
    void startInBackground() {
        Thread thread = new Thread(() -> {
            try {
                run(TIME_LIMIT_NANOS);
            } finally {
                finished.countDown();
            }
        }, "zen-sgemm-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the product has been found compiled. */
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
     * Runs rounds of small products (both ways of reading the left operand, whole register blocks and edges)
     * on the product and on the reference until the product's round takes less time, or the time
     * is up.
     *
     * @return whether the product got warm
     */
    boolean run(long timeLimitNanos) {
        int m = 12;
        int n = 32;
        int k = 32;
        float[] l = new float[m * k];
        float[] r = new float[k * n];
        float[] d = new float[m * n];
        java.util.Arrays.fill(l, 0.5f);
        java.util.Arrays.fill(r, 0.25f);
        long deadline = System.nanoTime() + timeLimitNanos;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            long productTime = round(product, l, r, d, m, n, k);
            long referenceTime = round(reference, l, r, d, m, n, k);
            if (round >= BUSY_ROUNDS && productTime < referenceTime) {
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

    /** Nanoseconds for one round of {@code p}. */
    private static long round(PanelProduct p, float[] l, float[] r, float[] d, int m, int n, int k) {
        long start = System.nanoTime();
        p.rows(0, m, k, n, l, 0, k, true, 1f, r, 0, n, true, 1f, d, 0, n, 1);
        p.rows(0, m, k, n, l, 0, m, false, 1f, r, 0, k, false, 1f, d, 0, n, 1);
        // The lower-edge kernels, on R read in place and on a packed R narrower than a block.
        p.rows(0, 4, k, n, l, 0, k, true, 1f, r, 0, n, true, 1f, d, 0, n, 1);
        p.rows(0, 4, k, n - 12, l, 0, k, true, 1f, r, 0, n, true, 1f, d, 0, n, 1);
        return System.nanoTime() - start;
    }
}
