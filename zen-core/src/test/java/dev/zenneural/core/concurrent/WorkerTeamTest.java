package dev.zenneural.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkerTeamTest {

    @Test
    void runsEveryPartOnceTheFirstOnTheCaller() {
        try (WorkerTeam team = new WorkerTeam("test", 3)) {
            assertEquals(3, team.size());
            Thread[] ranOn = new Thread[3];
            int[] runs = new int[3];
            team.run(3, part -> {
                ranOn[part] = Thread.currentThread();
                runs[part]++;
            });
            assertArrayEquals(new int[] {1, 1, 1}, runs);
            assertSame(Thread.currentThread(), ranOn[0]);
            assertTrue(ranOn[1] != ranOn[0] && ranOn[2] != ranOn[0] && ranOn[1] != ranOn[2], "one thread per part");
            assertTrue(ranOn[1].isDaemon() && ranOn[1].getName().startsWith("test-"), ranOn[1].getName());
        }
    }

    /**
     * Many back-to-back runs with a changing number of parts: a thread left out of one run must not
     * run the next one's part twice or miss it, and every part's writes are seen by the caller.
     */
    @Test
    void backToBackRunsWithChangingPartsEachRunEveryPartOnce() {
        try (WorkerTeam team = new WorkerTeam("test", 3)) {
            long[] sums = new long[3];
            long expected = 0;
            for (int run = 0; run < 1_000; run++) {
                int parts = 1 + run % 3;
                int value = run;
                team.run(parts, part -> sums[part] += value);
                expected += run;
            }
            long total = sums[0] + sums[1] + sums[2];
            long expectedTotal = 0;
            for (int run = 0; run < 1_000; run++) {
                expectedTotal += (long) run * (1 + run % 3);
            }
            assertEquals(expected, sums[0]);
            assertEquals(expectedTotal, total);
        }
    }

    @Test
    void waitsForEveryPartEvenWhenTheCallersPartFails() {
        try (WorkerTeam team = new WorkerTeam("test", 2)) {
            AtomicBoolean otherFinished = new AtomicBoolean();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(2, part -> {
                if (part == 0) {
                    throw new IllegalStateException("caller's part");
                }
                sleep(50);
                otherFinished.set(true);
            }));
            assertEquals("caller's part", e.getMessage());
            assertTrue(otherFinished.get(), "the call returned before the other part had finished");
        }
    }

    @Test
    void rethrowsATeamThreadsFailureAsItWasAndKeepsWorking() {
        try (WorkerTeam team = new WorkerTeam("test", 2)) {
            ArithmeticException failure = new ArithmeticException("part 1");
            ArithmeticException thrown = assertThrows(ArithmeticException.class, () -> team.run(2, part -> {
                if (part == 1) {
                    throw failure;
                }
            }));
            assertSame(failure, thrown);
            AssertionError error = assertThrows(AssertionError.class, () -> team.run(2, part -> {
                if (part == 1) {
                    throw new AssertionError("an error");
                }
            }));
            assertEquals("an error", error.getMessage());
            AtomicInteger ran = new AtomicInteger();
            team.run(2, part -> ran.incrementAndGet());
            assertEquals(2, ran.get(), "a failure leaves the team usable");
        }
    }

    /** Past the spin, both sides park; a hand-off after a long pause must still wake them. */
    @Test
    void handsOffAfterTheThreadsHaveParked() {
        try (WorkerTeam team = new WorkerTeam("test", 2)) {
            for (int run = 0; run < 3; run++) {
                sleep(TimeUnit.NANOSECONDS.toMillis(WorkerTeam.SPIN_NANOS) + 20);
                AtomicInteger ran = new AtomicInteger();
                team.run(2, part -> {
                    if (part == 1) {
                        sleep(TimeUnit.NANOSECONDS.toMillis(WorkerTeam.SPIN_NANOS) + 20);
                    }
                    ran.incrementAndGet();
                });
                assertEquals(2, ran.get());
            }
        }
    }

    @Test
    void anInterruptedCallerStillWaitsAndKeepsItsInterrupt() {
        try (WorkerTeam team = new WorkerTeam("test", 2)) {
            AtomicBoolean otherFinished = new AtomicBoolean();
            team.run(2, part -> {
                if (part == 0) {
                    Thread.currentThread().interrupt();
                } else {
                    sleep(50);
                    otherFinished.set(true);
                }
            });
            assertTrue(Thread.interrupted(), "the interrupt was lost");
            assertTrue(otherFinished.get(), "the call returned before the other part had finished");
        }
    }

    @Test
    void closeStopsTheThreadsAndRefusesMoreWork() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        WorkerTeam team = new WorkerTeam("test", 3);
        team.run(3, part -> threads.add(Thread.currentThread()));
        team.close();
        for (Thread thread : threads) {
            if (thread != Thread.currentThread()) {
                thread.join(10_000);
                assertFalse(thread.isAlive(), thread.getName() + " still runs after close");
            }
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(1, part -> { }));
        assertEquals("the team is closed", e.getMessage());
    }

    @Test
    void rejectsBadSizesAndPartCounts() {
        assertEquals("team size must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new WorkerTeam("test", 0)).getMessage());
        try (WorkerTeam team = new WorkerTeam("test", 2)) {
            assertEquals("parts must be within 1 and 2, got 3",
                    assertThrows(IllegalArgumentException.class, () -> team.run(3, part -> { })).getMessage());
            assertEquals("parts must be within 1 and 2, got 0",
                    assertThrows(IllegalArgumentException.class, () -> team.run(0, part -> { })).getMessage());
        }
        try (WorkerTeam alone = new WorkerTeam("test", 1)) {
            int[] ran = new int[1];
            alone.run(1, part -> ran[part]++);
            assertEquals(1, ran[0]);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
