package dev.zenneural.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast lines measured for real, briefly; {@code BenchCommandTest} runs them all (slow). */
class BenchCasesTest {

    @Test
    void theInferenceLinesMeasureForwardPassesOnEveryThread() throws InterruptedException {
        List<BenchCase> cases = BenchCases.standard();
        assertEquals(List.of("inference-single", "inference-batched", "training-epoch", "forecast-mlp",
                "forecast-nhits"), cases.stream().map(BenchCase::id).toList());
        List<BenchReport.Line> lines = new ArrayList<>();
        for (BenchCase c : cases.subList(0, 2)) {
            List<Workload> workloads = c.setUp().apply(2);
            assertEquals(2, workloads.size(), "one workload per thread");
            Measurement m = new Meter(0, 0.001).measure(workloads);
            assertTrue(m.calls() >= 2 && m.perSecond() > 0, m.toString());
            // Whole calls only: 256 single rows or a batch of 1,024 rows each.
            assertEquals(c.id().equals("inference-single") ? 256 : 1024, m.units() / m.calls());
            assertEquals(0, m.units() % m.calls());
            lines.add(new BenchReport.Line(c, m));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(new BenchReport(0, 0.001, 2, lines).json());
        assertEquals(2, ((List<?>) json.get("lines")).size());
    }

    @Test
    void theTrainingLineIsOneRunOnAllThreadsAndCountsConnectionUpdates() {
        BenchCase training = BenchCases.standard().get(2);
        assertEquals(1, training.setUp().apply(2).size(), "one training, its slopes on the threads");
        assertEquals(BenchCases.TRAINING_WARMUP_SCALE, training.warmupScale());
        assertEquals(4098.0 * 4062, training.alsoPer().unitsPer(), "weights x pairs of mushroom's 125-32-2");
    }
}
