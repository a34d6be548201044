package dev.zenneural.benchmarks.revisions;

import java.util.Arrays;

/** The lower quartile, median and upper quartile of some values (linear between order statistics). */
record Quartiles(double q1, double median, double q3) {

    /** @throws IllegalArgumentException if there are no values */
    static Quartiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quartiles(at(sorted, 0.25), at(sorted, 0.5), at(sorted, 0.75));
    }

    private static double at(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
