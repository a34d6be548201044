package dev.zenneural.benchmarks.fann;

/**
 * One engine's timed training run in {@link FannSideBySide} and what it measured on the trained
 * network.
 *
 * @param forwardPerSecond single-row forward passes per second; NaN where they were not measured
 */
record EngineRun(int connections, int pairs, int epochs, double trainSeconds, double trainMse, double testMse,
        double testErrorPct, double forwardPerSecond) {

    double secondsPerEpoch() {
        return trainSeconds / epochs;
    }

    double updatesPerSecond() {
        return (double) connections * pairs * epochs / trainSeconds;
    }

    /** This run with another forward-pass rate. */
    EngineRun withForwardPerSecond(double value) {
        return new EngineRun(connections, pairs, epochs, trainSeconds, trainMse, testMse, testErrorPct, value);
    }
}
