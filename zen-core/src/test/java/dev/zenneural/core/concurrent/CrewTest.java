package dev.zenneural.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Crew}: who runs a call, waiting, failures, and its life cycle. */
class CrewTest {

    private static final Duration SPIN = Duration.ofMillis(1);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Waits for {@code latch} in a task, failing the call rather than hanging it. */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the other members did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyMemberRunsOnceWhenTheCallerWaitsForThemToStart() {
        try (Crew crew = new Crew("crew-test", 3, SPIN)) {
            assertEquals(4, crew.size());
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            CountDownLatch helpersStarted = new CountDownLatch(3);
            crew.run(member -> {
                runs.incrementAndGet(member);
                if (member == 0) {
                    await(helpersStarted);
                } else {
                    helpersStarted.countDown();
                }
            });
            for (int m = 0; m < 4; m++) {
                assertEquals(1, runs.get(m), "member " + m);
            }
        }
    }

    @Test
    void returnsOnlyAfterEveryHelperThatStartedHasFinished() {
        try (Crew crew = new Crew("crew-test", 2, SPIN)) {
            AtomicInteger started = new AtomicInteger();
            AtomicInteger finished = new AtomicInteger();
            CountDownLatch helpersStarted = new CountDownLatch(2);
            crew.run(member -> {
                started.incrementAndGet();
                if (member == 0) {
                    await(helpersStarted);
                } else {
                    helpersStarted.countDown();
                    // Longer than the caller spins: it parks and must be woken.
                    sleep(30);
                }
                finished.incrementAndGet();
            });
            assertEquals(3, started.get());
            assertEquals(3, finished.get(), "no helper may still be running when the call returns");
        }
    }

    @Test
    void sharedWorkIsDoneExactlyOnceCallAfterCall() {
        // As the training engine uses it: members take items from one counter until none is left.
        int items = 64;
        try (Crew crew = new Crew("crew-test", 2, SPIN)) {
            for (int call = 0; call < 2000; call++) {
                AtomicInteger next = new AtomicInteger();
                AtomicIntegerArray taken = new AtomicIntegerArray(items);
                crew.run(member -> {
                    for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                        taken.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < items; i++) {
                    assertEquals(1, taken.get(i), "call " + call + ", item " + i);
                }
            }
        }
    }

    @Test
    void parkedHelpersAreWokenByTheNextCall() {
        // No spinning at all: every call must unpark the helper, or the caller waits forever.
        assertTimeoutPreemptively(PATIENCE, () -> {
            try (Crew crew = new Crew("crew-test", 1, Duration.ZERO)) {
                for (int call = 0; call < 500; call++) {
                    CountDownLatch helperStarted = new CountDownLatch(1);
                    crew.run(member -> {
                        if (member == 0) {
                            await(helperStarted);
                        } else {
                            helperStarted.countDown();
                        }
                    });
                }
            }
        });
    }

    @Test
    void aHelpersFailureIsRethrownAsItWas() {
        try (Crew crew = new Crew("crew-test", 1, SPIN)) {
            IllegalStateException thrown = new IllegalStateException("helper failed");
            CountDownLatch helperStarted = new CountDownLatch(1);
            IllegalStateException caught = assertThrows(IllegalStateException.class, () -> crew.run(member -> {
                if (member == 0) {
                    await(helperStarted);
                } else {
                    helperStarted.countDown();
                    throw thrown;
                }
            }));
            assertSame(thrown, caught);
            // The crew still works after a failed call.
            AtomicInteger runs = new AtomicInteger();
            crew.run(member -> runs.incrementAndGet());
            assertTrue(runs.get() >= 1);
        }
    }

    @Test
    void theCallersFailureComesAfterTheHelpersHaveFinished() {
        try (Crew crew = new Crew("crew-test", 1, SPIN)) {
            AtomicInteger helperFinished = new AtomicInteger();
            CountDownLatch helperStarted = new CountDownLatch(1);
            assertThrows(ArithmeticException.class, () -> crew.run(member -> {
                if (member == 0) {
                    await(helperStarted);
                    throw new ArithmeticException("caller failed");
                }
                helperStarted.countDown();
                sleep(20);
                helperFinished.incrementAndGet();
            }));
            assertEquals(1, helperFinished.get());
        }
    }

    @Test
    void oneCallAtATime() {
        try (Crew crew = new Crew("crew-test", 1, SPIN)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> crew.run(member -> {
                if (member == 0) {
                    crew.run(inner -> { });
                }
            }));
            assertTrue(e.getMessage().contains("one call at a time"), e.getMessage());
        }
    }

    @Test
    void aClosedCrewRefusesCallsAndItsHelpersEnd() throws InterruptedException {
        Crew crew = new Crew("crew-closing", 2, SPIN);
        crew.run(member -> { });
        crew.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> crew.run(member -> { }));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (helpersAlive("crew-closing") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertFalse(helpersAlive("crew-closing"), "the helpers end once closed");
    }

    @Test
    void helpersAreNamedDaemons() {
        try (Crew crew = new Crew("crew-named", 2, SPIN)) {
            assertEquals(3, crew.size());
            List<Thread> helpers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("crew-named-")).toList();
            assertEquals(2, helpers.size());
            for (Thread helper : helpers) {
                assertTrue(helper.isDaemon(), helper.getName() + " is a daemon");
            }
        }
    }

    @Test
    void rejectsANegativeHelperCount() {
        assertThrows(IllegalArgumentException.class, () -> new Crew("crew-test", -1, SPIN));
    }

    private static boolean helpersAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(name + "-"));
    }
}
