package dev.zenneural.gpu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.GpuDevices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark end to end on tiny sizes: both tables, the device's name, the check. */
@Tag("gpu")
class GpuBenchmarkGpuTest {

    @Test
    void printsBothTablesWithTheDeviceAndChecksTheProducts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = GpuBenchmark.run(new String[] {"--sizes=33,64", "--mlp=6-5-2", "--batch=40", "--steps=2",
            "--min-seconds=0.01", "--cpu-threads=1", "--device=" + GpuDevices.selected().info().name()},
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, status, out);
        assertTrue(out.contains(GpuDevices.selected().info().name()), out);
        assertTrue(out.matches("(?s).*kernel +N=33 +N=64.*"), out);
        assertTrue(out.matches("(?s).*\\[d\\d] xgemm\\.cl .*\\[d\\d] sgemm\\.cl TS=.*"), out);
        assertTrue(out.matches("(?s).*Training MLP 6-5-2, batch 40.*\\[cpu] CPU engine .*\\[d\\d] .*"), out);
        assertTrue(out.matches("(?s).*Training zen-ml MLP \\(NeuralForecast, inputSize 6, 1 x 5 ReLU, h 2, 40 windows"
                + " a step.*\\[cpu] zen-ml layers on the CPU backend +\\d+\\.\\d+ +1\\.00\n\\[d0] weights and Adam"
                + " state on the device +\\d+\\.\\d+ .*"), out);
        assertTrue(out.contains("relative to its largest value): yes"), out);
        assertFalse(out.contains("[d1]"), "--device measures that device only: " + out);
    }

    @Test
    void aDeviceThatIsNotThereExitsWithTwoAndNamesTheDevices() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GpuBenchmark.run(new String[] {"--device=no-such-device"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("GpuBenchmark: --device=no-such-device matches no device (give an index or"
                + " part of a name; devices: 0: "), message);
        assertTrue(message.contains(GpuDevices.selected().info().name()), message);
    }

    @Test
    void aBadCommandLineExitsWithTwoAndTheUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GpuBenchmark.run(new String[] {"--nonsense"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("GpuBenchmark: unknown argument --nonsense\nusage:"),
                err.toString(StandardCharsets.UTF_8));
    }
}
