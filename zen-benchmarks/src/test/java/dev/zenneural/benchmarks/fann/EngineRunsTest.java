package dev.zenneural.benchmarks.fann;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineRunsTest {

    private static EngineRun run(double trainSeconds, double forwardPerSecond) {
        return new EngineRun(100, 10, 5, trainSeconds, 0.25, 0.5, 12.5, forwardPerSecond);
    }

    private static EngineRuns runs(EngineRun... runs) {
        EngineRuns all = new EngineRuns();
        for (EngineRun r : runs) {
            all.add(r);
        }
        return all;
    }

    @Test
    void bestTakesTheFastestTrainingAndTheMostForwardPassesFromAnyRun() {
        EngineRun best = runs(run(3.0, 900), run(2.0, 500), run(4.0, 1000)).best();
        assertEquals(2.0, best.trainSeconds());
        assertEquals(1000, best.forwardPerSecond());
        assertEquals(0.5, best.testMse());
        assertEquals(100.0 * 10 * 5 / 2.0, best.updatesPerSecond());
    }

    @Test
    void runsWithoutForwardPassesGiveNone() {
        assertTrue(Double.isNaN(runs(run(3.0, Double.NaN), run(2.0, Double.NaN)).best().forwardPerSecond()));
    }

    /** Each round's ratio pairs runs of the same round, not each engine's best. */
    @Test
    void medianRatioPairsTheRunsRoundByRound() {
        EngineRuns base = runs(run(4.0, 100), run(1.0, 400), run(6.0, 300));
        EngineRuns other = runs(run(2.0, 150), run(1.0, 400), run(2.0, 1500));
        // training: base time over other time per round: 2, 1, 3; forward: other over base: 1.5, 1, 5.
        assertEquals(2.0, EngineRuns.medianRatio(base, other, true));
        assertEquals(1.5, EngineRuns.medianRatio(base, other, false));
        assertEquals(1.5, EngineRuns.medianRatio(runs(run(4.0, 1), run(1.0, 1)), runs(run(2.0, 1), run(1.0, 1)), true),
                "an even count of rounds gives the mean of the middle two");
    }
}
