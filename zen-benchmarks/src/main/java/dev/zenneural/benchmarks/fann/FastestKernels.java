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
            if (!Sgemm.awaitFastestKernels(LIMIT)) {
                System.err.println("warning: zen's Vector API kernels were not warm after " + LIMIT.toSeconds()
                        + " s; zen's timed runs may use the SuperWord fallback");
            }
            if (!Sigmoids.awaitFastestKernel(LIMIT)) {
                System.err.println("warning: zen's Vector API sigmoids were not warm after " + LIMIT.toSeconds()
                        + " s; zen's timed runs may use the scalar ones");
            }
            if (!RpropSteps.awaitFastestKernel(LIMIT)) {
                System.err.println("warning: zen's Vector API iRPROP- update was not warm after " + LIMIT.toSeconds()
                        + " s; zen's timed runs may use the plain loop");
            }
            if (!RowKernels.awaitFastestKernel(LIMIT)) {
                System.err.println("warning: zen's Vector API row kernel (incremental training) was not warm after "
                        + LIMIT.toSeconds() + " s; zen's timed runs may use the plain loops");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
