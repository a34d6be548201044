package dev.zenneural.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JMH annotation processor ran: without it the jar builds fine and has no benchmark. */
class GeneratedHarnessTest {

    @Test
    void benchmarkListNamesEveryBenchmark() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList is missing: the JMH processor did not run");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // One record per benchmark method: its class, its generated harness, its method name.
            assertTrue(list.contains(" dev.zenneural.benchmarks.SgemmBenchmark S "), list);
            assertTrue(list.contains(" singleThread S "), list);
            assertTrue(list.contains(" multiThread S "), list);
            // A benchmark with an @AuxCounters state (the connection updates beside the epochs).
            assertTrue(list.contains(" dev.zenneural.benchmarks.train.TrainingEpochBenchmark S "), list);
        }
    }

    @Test
    void harnessClassesWereGenerated() throws ClassNotFoundException {
        Class.forName("dev.zenneural.benchmarks.jmh_generated.SgemmBenchmark_singleThread_jmhTest");
    }
}
