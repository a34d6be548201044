package dev.zenneural.core.kernel;

/**
 * Gets the Vector API product compiled by C2 before {@link Sgemm} relies on it.
 *
 * <p>Until C2 has compiled it, every vector operation of the Vector API runs as Java code that
 * allocates an object, some hundred times slower than the SuperWord product; on a busy machine that
 * lasted two seconds in a measurement here, long enough to slow a short training run down rather
 * than up. So a daemon thread runs the product on a small dummy problem until its time per call has
 * fallen by a factor of {@link #SPEED_UP} (C2 has compiled it: interpreted and C1 code is never that
 * fast), and only then does {@link PanelProducts} hand it out; until then products run on the
 * SuperWord kernel, which gives the same bits. A warm-up that does not get there within its time
 * limit leaves the SuperWord kernel in charge.
 */
final class VectorWarmup {

    /** How much faster than its first round a round must be for the product to count as compiled. */
    static final int SPEED_UP = 20;
    /**
     * Rounds run back to back: enough calls of the micro-kernel for HotSpot's tiered thresholds to
     * queue it for C2 (it runs about 50 times a round). Later rounds only check whether C2 is done.
     */
    private static final int BUSY_ROUNDS = 100;
    private static final long PAUSE_MILLIS = 5;
    private static final long TIME_LIMIT_NANOS = 30_000_000_000L;

    private final PanelProduct product;
    private volatile boolean warm;

    VectorWarmup(PanelProduct product) {
        this.product = product;
    }

    /** Starts the warm-up on a daemon thread of minimum priority. */
    void startInBackground() {
        Thread thread = new Thread(() -> run(TIME_LIMIT_NANOS), "zen-sgemm-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the product has been found compiled. */
    boolean warm() {
        return warm;
    }

    /**
     * Runs rounds of two small products (both ways of reading the left operand, full and edge blocks)
     * until one is {@link #SPEED_UP} times faster than the first, or the time is up.
     *
     * @return whether the product got warm
     */
    boolean run(long timeLimitNanos) {
        int m = 26;
        int n = 70;
        int k = 96;
        float[] l = new float[m * k];
        float[] r = new float[k * n];
        float[] d = new float[m * n];
        java.util.Arrays.fill(l, 0.5f);
        java.util.Arrays.fill(r, 0.25f);
        long deadline = System.nanoTime() + timeLimitNanos;
        long first = -1;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            long start = System.nanoTime();
            product.rows(0, m, k, n, l, 0, k, true, 1f, r, 0, n, true, 1f, d, 0, n, 1);
            product.rows(0, m, k, n, l, 0, m, false, 1f, r, 0, k, false, 1f, d, 0, n, 1);
            long time = System.nanoTime() - start;
            if (first < 0) {
                first = time;
            } else if (time * SPEED_UP < first) {
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
}
