package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.io.FrameReader;
import dev.zenneural.ml.io.FrameReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zen forecast} on an Arrow IPC file: with the dataframes gate on the class path (builds with
 * -Pdataframes or -Pfull) it forecasts exactly as from the same series in CSV; without it, it says
 * in one line how to build the gate and exits 1. monthly.arrow holds the two series of
 * {@link ForecastCommandsTest}, written by zen-dataframes.
 */
class ForecastInputFormatsTest {

    private static final String GATE = "zen-dataframes, which is not on the class path: build it in with the"
            + " dataframes gate (./zen: ZEN_PROFILES=dataframes; Maven: -Pdataframes; a library: depend on"
            + " dev.zenneural:zen-dataframes)";

    @TempDir
    Path dir;

    private static boolean gateBuilt() {
        return FrameReaders.all().stream().map(FrameReader::format).anyMatch("Arrow IPC"::equals);
    }

    private Path arrowSeries() throws IOException {
        Path file = dir.resolve("monthly.arrow");
        try (InputStream in = ForecastInputFormatsTest.class.getResourceAsStream("monthly.arrow")) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path csvSeries() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 48; t++) {
                csv.append("s").append(s).append(',').append(java.time.LocalDate.of(2010, 1, 1).plusMonths(t))
                        .append(',').append(100 + 10 * s + 5 * Math.sin(t * Math.PI / 6)).append('\n');
            }
        }
        return Files.writeString(dir.resolve("monthly.csv"), csv);
    }

    private static CliRun forecast(Path input, String... more) {
        String[] args = {"forecast", input.toString(), "--h", "3", "--freq", "M", "--models", "dlinear",
            "--max-steps", "5"};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void forecastsFromArrowLikeFromCsvOrNamesTheGate() throws IOException {
        Path arrow = arrowSeries();
        CliRun fromArrow = forecast(arrow);
        if (gateBuilt()) {
            CliRun fromCsv = forecast(csvSeries());
            assertEquals(0, fromArrow.code(), fromArrow.err());
            assertEquals(fromCsv.out(), fromArrow.out());
        } else {
            assertEquals(ZenCommand.EXIT_FAILURE, fromArrow.code());
            assertEquals("zen: " + arrow + ": Arrow IPC files are read by " + GATE, fromArrow.err().strip());
        }
    }

    @Test
    void writesArrowForecastsOrNamesTheGateBeforeFitting() throws IOException {
        Path out = dir.resolve("forecast.arrow");
        CliRun r = forecast(csvSeries(), "-o", out.toString());
        if (gateBuilt()) {
            assertEquals(0, r.code(), r.err());
            byte[] magic = Arrays.copyOf(Files.readAllBytes(out), 6);
            assertArrayEquals("ARROW1".getBytes(StandardCharsets.US_ASCII), magic);
            assertEquals("zen: 6 forecast rows (2 series x 3 steps) written to " + out, r.err().strip());
        } else {
            assertEquals(ZenCommand.EXIT_FAILURE, r.code());
            assertEquals("zen: " + out + ": Arrow IPC files are written by " + GATE, r.err().strip());
        }
    }
}
