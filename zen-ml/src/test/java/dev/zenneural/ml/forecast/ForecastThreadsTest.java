package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ForecastThreadsTest {

    @Test
    void everyPartRunsOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        ForecastThreads.run(3, runs::incrementAndGet);
        for (int p = 0; p < 3; p++) {
            assertEquals(1, runs.get(p), "part " + p);
        }
    }

    @Test
    void aFailingPartIsRethrownAfterTheOthersHaveFinished() {
        IllegalStateException failure = new IllegalStateException("part 1 failed");
        AtomicIntegerArray finished = new AtomicIntegerArray(3);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ForecastThreads.run(3, p -> {
            if (p == 1) {
                throw failure;
            }
            if (p == 2) {
                // The last to finish: run must still wait for it.
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            finished.incrementAndGet(p);
        }));
        assertSame(failure, thrown);
        assertEquals(1, finished.get(0));
        assertEquals(1, finished.get(2));
    }
}
