package dev.zenneural.benchmarks.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskTest {

    @Test
    void productsAreRatedInGflopsAndInferencesInRows() {
        Task product = Task.parse("512x512x512");
        assertEquals("GFLOP/s", product.unit());
        assertEquals(2.0 * 512 * 512 * 512 / 1e9, product.unitsPerRun());
        Task inference = Task.parse("inference:784-256-128-10:2000");
        assertEquals("rows/s", inference.unit());
        assertEquals(2000, inference.unitsPerRun());
    }

    @Test
    void aTaskRunsOnTheZenCoreItIsGiven() throws ReflectiveOperationException {
        Task task = Task.parse("inference:3-4-2:5");
        Runnable run = task.load(getClass().getClassLoader());
        assertTrue(task.rate(run, 1_000_000L) > 0);
    }

    @Test
    void trainingsAreRatedInConnectionUpdatesAndRunOnTheZenCoreTheyAreGiven(@TempDir Path dir)
            throws IOException, ReflectiveOperationException {
        Path xor = Files.writeString(dir.resolve("xor.data"), "4 2 1\n-1 -1\n-1\n-1 1\n1\n1 -1\n1\n1 1\n-1\n");
        Task task = Task.parse("train:" + xor + ":3,2:incremental:5");
        assertEquals("conn upd/s", task.unit());
        // 2-3-2-1 with a bias into every neuron: 3 * 3 + 2 * 4 + 1 * 3 connections, 4 pairs, 5 epochs.
        assertEquals(20.0 * 4 * 5, task.unitsPerRun());
        Runnable run = task.load(getClass().getClassLoader());
        assertTrue(task.rate(run, 1_000_000L) > 0);
    }

    @Test
    void malformedTrainingsAreNamedWithWhatIsWrong(@TempDir Path dir) throws IOException {
        Path xor = Files.writeString(dir.resolve("xor.data"), "4 2 1\n-1 -1\n-1\n-1 1\n1\n1 -1\n1\n1 1\n-1\n");
        Path truncated = Files.writeString(dir.resolve("truncated.data"), "4 2 1\n-1 -1\n-1\n");
        for (String[] bad : new String[][] {
            {"train:" + xor + ":3:rprop", "expected train:DATA:HIDDEN:ALGORITHM:EPOCHS"},
            {"train:" + xor + ":3;2:rprop:5", "HIDDEN are sizes joined by ','"},
            {"train:" + xor + ":3:rprop:x", "EPOCHS a whole number"},
            {"train:" + xor + ":0:rprop:5", "positive hidden layer sizes"},
            {"train:" + xor + ":3:rprop:0", "a positive epoch count"},
            {"train:" + xor + ":3:adam:5", "unknown algorithm adam"},
            {"train:" + dir.resolve("missing.data") + ":3:rprop:5", "cannot read the data file"},
            {"train:" + truncated + ":3:rprop:5", "truncated.data"},
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Task.parse(bad[0]));
            assertTrue(e.getMessage().startsWith("task " + bad[0] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    @Test
    void malformedInferencesAreNamedWithWhatIsWrong() {
        for (String[] bad : new String[][] {
            {"inference:784-10", "expected inference:LAYERS:ROWS"},
            {"inference:784-x:10", "LAYERS are sizes joined by '-'"},
            {"inference:784:10", "at least two positive layer sizes"},
            {"inference:784-0:10", "at least two positive layer sizes"},
            {"inference:784-10:0", "a positive row count"},
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Task.parse(bad[0]));
            assertTrue(e.getMessage().startsWith("task " + bad[0] + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
