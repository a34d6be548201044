package dev.zenneural.benchmarks.fann;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One engine's timed runs in {@link FannSideBySide}, in the order they ran. Every run trains the
 * same network from the same start, so the runs differ only in their times.
 */
final class EngineRuns {

    private final List<EngineRun> runs = new ArrayList<>();

    void add(EngineRun run) {
        runs.add(run);
    }

    /** The fastest training run, with the most forward passes per second of any run. */
    EngineRun best() {
        EngineRun fastest = runs.get(0);
        double forward = Double.NaN;
        for (EngineRun run : runs) {
            fastest = run.trainSeconds() < fastest.trainSeconds() ? run : fastest;
            forward = Double.isNaN(forward) || run.forwardPerSecond() > forward ? run.forwardPerSecond() : forward;
        }
        return fastest.withForwardPerSecond(forward);
    }

    /**
     * The median over runs of {@code other}'s speed over {@code base}'s in the same run: training
     * (connection updates per second) or forward passes per second. Both engines' runs of a round ran
     * back to back, so each ratio compares two moments of the machine that are close together.
     */
    static double medianRatio(EngineRuns base, EngineRuns other, boolean training) {
        int n = Math.min(base.runs.size(), other.runs.size());
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            EngineRun b = base.runs.get(i);
            EngineRun o = other.runs.get(i);
            ratios[i] = training ? b.trainSeconds() / o.trainSeconds() : o.forwardPerSecond() / b.forwardPerSecond();
        }
        return median(ratios);
    }

    /** The median of {@code values} (sorted in place); NaN for none. */
    static double median(double[] values) {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
