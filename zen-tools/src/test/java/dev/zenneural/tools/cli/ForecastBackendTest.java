package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.backend.Backends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code zen forecast} and {@code zen cv} with {@code --backend}: on the device, or a clear error without one. */
@ResourceLock(CliRun.OPENCL)
class ForecastBackendTest {

    @TempDir
    Path dir;

    private Path series() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < 40; t++) {
                csv.append('s').append(s).append(',').append(t + 1).append(',')
                        .append(20 + 5 * s + 3 * Math.sin(t * Math.PI / 4)).append('\n');
            }
        }
        return Files.writeString(dir.resolve("series.csv"), csv);
    }

    private CliRun run(String command, String models, String backend, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, series().toString(), "--h", "4", "--freq", "1",
                "--models", models, "--max-steps", "15"));
        if (backend != null) {
            args.addAll(List.of("--backend", backend));
        }
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static boolean openClAvailable() {
        return Backends.providers().stream().anyMatch(p -> p.name().equals("opencl") && p.probe().isAvailable());
    }

    @Test
    void cpuByNameIsTheDefault() throws IOException {
        CliRun byDefault = run("forecast", "mlp", null);
        assertEquals(0, byDefault.code(), byDefault.err());
        assertEquals(byDefault.out(), run("forecast", "mlp", "cpu").out());
    }

    @Test
    void openClWithoutADeviceIsAClearErrorAndExitOne() throws IOException {
        assumeFalse(openClAvailable(), "an OpenCL device is there");
        for (String command : List.of("forecast", "cv")) {
            CliRun r = run(command, "mlp", "opencl");
            assertEquals(ZenCommand.EXIT_FAILURE, r.code(), r.err());
            String err = r.err().strip();
            assertTrue(err.startsWith("zen: no backend named 'opencl'; found: cpu (the OpenCL backend is in zen-gpu:"
                    + " build with -Pgpu)") || err.startsWith("zen: backend 'opencl' is unavailable: "), err);
            assertEquals(1, err.lines().count(), err);
            assertEquals("", r.out());
        }
    }

    @Test
    void aBlankBackendIsAUsageError() throws IOException {
        CliRun r = run("forecast", "mlp", " ");
        assertEquals(ZenCommand.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("zen: --backend: a device backend needs a name, such as opencl"), r.err());
    }

    /**
     * Where zen-gpu is built in (-Pgpu, -Pfull) and an OpenCL device is there (PoCL in CI): dense,
     * recurrent and convolutional models train there as on the CPU, intervals (a quantile loss)
     * included. (NeuralForecastDeviceGpuTest compares every model and loss more closely.)
     */
    @Test
    @Tag("gpu")
    void openClTrainsTheModelsOnTheDeviceAsTheCpuDoes() throws IOException {
        assumeTrue(openClAvailable(), "no OpenCL device");
        String models = "mlp,nlinear,dlinear,lstm,tcn";
        assertSameNumbers(run("forecast", models, "cpu"), run("forecast", models, "opencl"));
        assertSameNumbers(run("forecast", "gru,tcn", "cpu", "--levels", "80"),
                run("forecast", "gru,tcn", "opencl", "--levels", "80"));
    }

    private static void assertSameNumbers(CliRun cpuRun, CliRun device) {
        assertEquals(0, cpuRun.code(), cpuRun.err());
        assertEquals(0, device.code(), device.err());
        String[] cpu = cpuRun.out().strip().split("\\R");
        String[] gpu = device.out().strip().split("\\R");
        assertEquals(cpu.length, gpu.length);
        assertEquals(cpu[0], gpu[0]);
        for (int i = 1; i < cpu.length; i++) {
            String[] a = cpu[i].split(",");
            String[] b = gpu[i].split(",");
            assertEquals(a[0] + a[1], b[0] + b[1]);
            for (int c = 2; c < a.length; c++) {
                assertEquals(Double.parseDouble(a[c]), Double.parseDouble(b[c]), 0.01, "row " + i + ", " + cpu[0]);
            }
        }
    }
}
