package dev.zenneural.benchmarks.fann;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostStealTest {

    @TempDir
    Path dir;

    private Path stat(String firstLine) throws IOException {
        return Files.writeString(dir.resolve("stat"), firstLine + "\ncpu0 1 2 3 4 5 6 7 8 0 0\n");
    }

    @Test
    void readsStealAndTheTotalOfTheFirstEightFields() throws IOException {
        // user nice system idle iowait irq softirq steal guest guest_nice
        long[] ticks = HostSteal.read(stat("cpu  100 5 20 800 10 1 4 60 30 0"));
        assertArrayEquals(new long[] {60, 1000}, ticks);
    }

    @Test
    void theShareIsStolenTicksOverAllTicksOfTheInterval() {
        assertEquals(0.25, HostSteal.share(new long[] {60, 1000}, new long[] {110, 1200}).getAsDouble());
        assertTrue(HostSteal.share(new long[] {60, 1000}, new long[] {60, 1000}).isEmpty(), "no time passed");
        assertTrue(HostSteal.share(null, new long[] {60, 1000}).isEmpty());
    }

    @Test
    void noAnswerWhereTheSystemDoesNotSay() throws IOException {
        assertNull(HostSteal.read(dir.resolve("missing")));
        assertNull(HostSteal.read(stat("cpu  100 5 20 800")), "a kernel without a steal field");
        assertNull(HostSteal.read(stat("intr 100 5 20 800 10 1 4 60")), "not the cpu line");
        assertNull(HostSteal.read(stat("cpu  a b c d e f g h")), "not numbers");
    }
}
