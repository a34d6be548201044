package dev.zenneural.benchmarks.fann;

import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.kernel.RpropSteps;
import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.kernel.Sigmoids;
import java.time.Duration;

/** What the side-by-side benchmarks do before they time zen: wait for its fastest kernels. */
final class FastestKernels {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private FastestKernels() {
    }

    /**
     * Waits for zen's fastest kernels (see {@link Sgemm#awaitFastestKernels},
     * {@link Sigmoids#awaitFastestKernel}, {@link RpropSteps#awaitFastestKernel} and
     * {@link RowKernels#awaitFastestKernel}), at most a minute each, and says so on stderr if they did
     * not come: the timed runs then use the slower fallback.
     */
    static void await() {
        try {
            warnUnless(Sgemm.awaitFastestKernels(LIMIT), "kernels", "the SuperWord fallback");
            warnUnless(Sigmoids.awaitFastestKernel(LIMIT), "sigmoids", "the scalar ones");
            warnUnless(RpropSteps.awaitFastestKernel(LIMIT), "iRPROP- update", "the plain loop");
            warnUnless(RowKernels.awaitFastestKernel(LIMIT), "row kernel (incremental training)", "the plain loops");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warnUnless(boolean warm, String kernel, String fallback) {
        if (!warm) {
            System.err.println("warning: zen's Vector API " + kernel + ": not warm after " + LIMIT.toSeconds()
                    + " s; zen's timed runs may use " + fallback);
        }
    }
}
