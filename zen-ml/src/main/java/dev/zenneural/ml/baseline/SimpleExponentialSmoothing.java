package dev.zenneural.ml.baseline;

/**
 * Simple exponential smoothing fitted by least squares: the level {@code l[t] = l[t-1] + alpha * e[t]}
 * with one-step errors {@code e[t] = y[t] - l[t-1]}, {@code alpha} in {@code [1e-4, 0.9999]} (R's
 * {@code ets} bounds) and the initial level {@code l[0]} chosen to minimise the sum of squared errors,
 * which is also the maximum of {@code ets}'s additive-error likelihood that R's {@code ses} uses.
 *
 * <p>Every error is linear in {@code l[0]}, so for a given {@code alpha} the best {@code l[0]} has a
 * closed form; {@code alpha} is then found by a grid of {@value #GRID} intervals refined by golden-section
 * search in the best grid point's neighbourhood (where R uses Nelder-Mead, so the two can differ in
 * the last digits on flat error surfaces).
 *
 * @param alpha the smoothing weight
 * @param initialLevel {@code l[0]}, the level before the first value
 * @param finalLevel the level after the last value: the forecast for every step ahead
 */
record SimpleExponentialSmoothing(double alpha, double initialLevel, double finalLevel) {

    static final double MIN_ALPHA = 1e-4;
    static final double MAX_ALPHA = 0.9999;
    private static final int GRID = 200;
    private static final int GOLDEN_STEPS = 60;

    /**
     * Fits {@code y}.
     *
     * @throws IllegalArgumentException on an empty or non-finite {@code y}
     */
    static SimpleExponentialSmoothing fit(double[] y) {
        Histories.check(y, 1, 1, "exponential smoothing needs at least 1");
        double step = (MAX_ALPHA - MIN_ALPHA) / GRID;
        int best = 0;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double sse = sse(y, MIN_ALPHA + i * step);
            if (sse < bestSse) {
                bestSse = sse;
                best = i;
            }
        }
        double lo = MIN_ALPHA + Math.max(best - 1, 0) * step;
        double hi = MIN_ALPHA + Math.min(best + 1, GRID) * step;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double sa = sse(y, a);
        double sb = sse(y, b);
        for (int k = 0; k < GOLDEN_STEPS; k++) {
            if (sa <= sb) {
                hi = b;
                b = a;
                sb = sa;
                a = hi - ratio * (hi - lo);
                sa = sse(y, a);
            } else {
                lo = a;
                a = b;
                sa = sb;
                b = lo + ratio * (hi - lo);
                sb = sse(y, b);
            }
        }
        double alpha = MIN_ALPHA + best * step;
        double mid = (lo + hi) / 2;
        if (sse(y, mid) < bestSse) {
            alpha = mid;
        }
        double l0 = bestInitialLevel(y, alpha);
        double level = l0;
        for (double v : y) {
            level += alpha * (v - level);
        }
        return new SimpleExponentialSmoothing(alpha, l0, level);
    }

    /** The sum of squared one-step errors at {@code alpha} with the best initial level. */
    static double sse(double[] y, double alpha) {
        double l0 = bestInitialLevel(y, alpha);
        double level = l0;
        double sse = 0;
        for (double v : y) {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        return sse;
    }

    /**
     * With {@code l[0] = 0} the errors are {@code c[t]}; each grows by {@code -(1-alpha)^(t-1) * l[0]}
     * for another start, so the least-squares {@code l[0]} is {@code sum c d / sum d d}.
     */
    private static double bestInitialLevel(double[] y, double alpha) {
        double level = 0;
        double decay = 1;
        double cd = 0;
        double dd = 0;
        for (double v : y) {
            double c = v - level;
            cd += c * decay;
            dd += decay * decay;
            level += alpha * c;
            decay *= 1 - alpha;
        }
        return cd / dd;
    }
}
