package dev.zenneural.core.kernel;

import java.time.Duration;
import java.util.function.Function;

/**
 * Which of a plain kernel and its Vector API twin runs now, for the kernel families with one
 * warm-up each ({@link Sigmoids}, {@link RowKernels}, {@link RpropSteps}): the system property's
 * setting ({@code auto}, {@code vector} or the plain kernel's name, see {@link VectorKernels#choose}),
 * and under {@code auto} the vector kernel's background warm-up ({@link VectorWarmup}), until which
 * the plain kernel runs. Both give the same bits, so the choice changes speed only.
 */
final class KernelChoice<T> {

    private final T plain;
    private final T fastest;
    private final VectorWarmup warmup;

    /**
     * Chooses by the system property {@code property} and, where that picks the vector kernel under
     * {@code auto}, starts {@code warmupOf}'s warm-up of it in the background.
     */
    KernelChoice(String property, String plainName, T plain, String vectorClass, Class<T> type,
            Function<T, VectorWarmup> warmupOf) {
        String setting = System.getProperty(property, "auto");
        this.plain = plain;
        this.fastest = VectorKernels.choose(property, setting, plainName, plain, vectorClass, type);
        this.warmup = setting.equals("auto") && fastest != plain ? warmupOf.apply(fastest) : null;
        if (warmup != null) {
            warmup.startInBackground();
        }
    }

    /** The kernel to use now: the chosen one, once warm where it needs a warm-up, else the plain one. */
    T current() {
        return warmup == null || warmup.warm() ? fastest : plain;
    }

    /**
     * Waits until {@link #current()} is the chosen kernel, at most {@code timeout}.
     *
     * @return whether it is (true at once where there is nothing to wait for)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    boolean await(Duration timeout) throws InterruptedException {
        return warmup == null || warmup.await(timeout.toNanos());
    }
}
