package dev.zenneural.core.testing;

import java.lang.management.ManagementFactory;

/**
 * Measures what warm calls allocate on the calling thread. "Warm" means compiled by C2 where it
 * runs: code on Vector API kernels allocates its vectors until C2 has compiled it, in the
 * background, after an unknown number of calls, and again for a while after a deoptimisation
 * (classes loaded by tests running beside it can cause one). So one window that allocates proves
 * nothing, but code that allocates on every call allocates in every window.
 */
public final class WarmAllocations {

    private WarmAllocations() {
    }

    /**
     * Runs {@code window} until one run of it allocates fewer than {@code enough} bytes on this
     * thread, at most {@code maxWindows} times, and returns the fewest bytes one run allocated.
     */
    public static long fewestBytes(Runnable window, int maxWindows, long enough) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < maxWindows && fewest >= enough; i++) {
            long before = mx.getThreadAllocatedBytes(thread);
            window.run();
            fewest = Math.min(fewest, mx.getThreadAllocatedBytes(thread) - before);
        }
        return fewest;
    }
}
