package dev.zenneural.ml.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ForecastThreadsTest {

    @Test
    void everyItemOfTheSharedWorkIsDoneOnce() {
        int items = 5000;
        AtomicIntegerArray done = new AtomicIntegerArray(items);
        AtomicInteger next = new AtomicInteger();
        ForecastThreads.runSharing(3, p -> {
            for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                done.incrementAndGet(i);
            }
        });
        for (int i = 0; i < items; i++) {
            assertEquals(1, done.get(i), "item " + i);
        }
    }

    @Test
    void aFailingPartIsRethrownAfterTheOthersHaveFinished() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("part 1 failed");
        CountDownLatch started = new CountDownLatch(2);
        AtomicIntegerArray finished = new AtomicIntegerArray(2);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ForecastThreads.runSharing(2,
                p -> {
                    started.countDown();
                    try {
                        // Both parts run: the caller's waits for the pool's to start.
                        assertTrue(started.await(10, TimeUnit.SECONDS));
                        if (p == 1) {
                            Thread.sleep(20);
                            throw failure;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    finished.incrementAndGet(p);
                }));
        assertSame(failure, thrown);
        assertEquals(1, finished.get(0));
    }
}
