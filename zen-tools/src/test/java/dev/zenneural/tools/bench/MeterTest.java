package dev.zenneural.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterTest {

    /** Three units a call; counts its own calls, warm-up included. */
    private static final class Counting implements Workload {
        long calls;

        @Override
        public long call() {
            calls++;
            return 3;
        }

        @Override
        public double checksum() {
            return calls;
        }
    }

    @Test
    void addsUpTheUnitsOfEveryThread() throws InterruptedException {
        Counting a = new Counting();
        Counting b = new Counting();
        Measurement m = new Meter(0, 0.02).measure(List.of(a, b));
        assertEquals(a.calls + b.calls, m.calls(), "no warm-up: every call is timed");
        assertEquals(3 * m.calls(), m.units());
        assertTrue(a.calls >= 1 && b.calls >= 1, a.calls + " and " + b.calls);
        assertTrue(m.seconds() >= 0.02, "the window lasts at least the measurement time: " + m.seconds());
        assertEquals(m.units() / m.seconds(), m.perSecond(), 1e-9 * m.perSecond());
    }

    @Test
    void warmUpCallsAreNotCounted() throws InterruptedException {
        Counting w = new Counting();
        Measurement m = new Meter(0.01, 0.001).measure(List.of(w));
        assertTrue(w.calls > m.calls(), w.calls + " calls in all, " + m.calls() + " timed");
    }

    @Test
    void warmUpGoesOnWhileTheRateClimbsUpToThreeTimesItsTime() throws InterruptedException {
        // Ever faster, as while the JIT compiles: the rate grows e^2 times every 5 ms (a warm-up window),
        // far more than a busy machine's scheduling can hide.
        Workload speedingUp = new Workload() {
            final long born = System.nanoTime();

            @Override
            public long call() {
                sleepAMillisecond();
                return (long) Math.exp((System.nanoTime() - born) / 2.5e6);
            }

            @Override
            public double checksum() {
                return 0;
            }
        };
        Measurement climbing = new Meter(0.02, 0.001).measure(List.of(speedingUp));
        assertTrue(climbing.warmupSeconds() >= 3 * 0.02, "capped at 3 x 0.02 s: " + climbing.warmupSeconds());
        Measurement steady = new Meter(0.02, 0.001).measure(List.of(new Sleeping()));
        assertTrue(steady.warmupSeconds() >= 0.02 && steady.warmupSeconds() < 3 * 0.02,
                "a steady rate stops after the least warm-up: " + steady.warmupSeconds());
        assertEquals(0, new Meter(0, 0.001).measure(List.of(new Counting())).warmupSeconds());
    }

    /** One unit a millisecond: a rate that does not climb. */
    private static final class Sleeping implements Workload {
        @Override
        public long call() {
            sleepAMillisecond();
            return 1;
        }

        @Override
        public double checksum() {
            return 0;
        }
    }

    @Test
    void makesOneTimedCallHoweverShortTheTime() throws InterruptedException {
        assertEquals(1, new Meter(0, 1e-9).measure(List.of(new Sleeping())).calls());
    }

    @Test
    void aFailingThreadFailsTheMeasurementAndTheOthersStop() {
        Workload failing = new Workload() {
            @Override
            public long call() {
                throw new IllegalStateException("broken workload");
            }

            @Override
            public double checksum() {
                return 0;
            }
        };
        IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalStateException.class,
                        () -> new Meter(0.01, 0.01).measure(List.of(new Counting(), failing))));
        assertEquals("broken workload", e.getMessage());
    }

    @Test
    void rejectsTimesThatCannotBeMeasured() {
        assertThrows(IllegalArgumentException.class, () -> new Meter(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Meter(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Meter(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Meter(0, 1).measure(List.of()));
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
