package dev.zenneural.benchmarks.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
