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
 * {@code zen forecast} on Arrow IPC and Parquet files: with the dataframes gate on the class path (builds with
 * -Pdataframes or -Pfull) it forecasts exactly as from the same series in CSV; without it, it says
 * in one line how to build the gate and exits 1. monthly.arrow and monthly.parquet hold the two
 * series of {@link ForecastCommandsTest}, written by zen-dataframes.
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

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ForecastInputFormatsTest.class.getResourceAsStream(name)) {
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
    void forecastsFromArrowAndParquetLikeFromCsvOrNamesTheGate() throws IOException {
        String fromCsv = gateBuilt() ? forecast(csvSeries()).out() : null;
        for (String name : new String[] {"monthly.arrow", "monthly.parquet"}) {
            Path input = fixture(name);
            CliRun r = forecast(input);
            if (gateBuilt()) {
                assertEquals(0, r.code(), r.err());
                assertEquals(fromCsv, r.out(), name);
            } else {
                assertEquals(ZenCommand.EXIT_FAILURE, r.code());
                assertEquals("zen: " + input + ": " + (name.endsWith(".arrow") ? "Arrow IPC" : "Parquet")
                        + " files are read by " + GATE, r.err().strip());
            }
        }
    }

    @Test
    void writesArrowAndParquetForecastsOrNamesTheGateBeforeFitting() throws IOException {
        Path csv = csvSeries();
        for (String name : new String[] {"forecast.arrow", "forecast.parquet"}) {
            Path out = dir.resolve(name);
            CliRun r = forecast(csv, "-o", out.toString());
            if (gateBuilt()) {
                assertEquals(0, r.code(), r.err());
                String magic = name.endsWith(".arrow") ? "ARROW1" : "PAR1";
                assertArrayEquals(magic.getBytes(StandardCharsets.US_ASCII),
                        Arrays.copyOf(Files.readAllBytes(out), magic.length()), name);
                assertEquals("zen: 6 forecast rows (2 series x 3 steps) written to " + out, r.err().strip());
            } else {
                assertEquals(ZenCommand.EXIT_FAILURE, r.code());
                assertEquals("zen: " + out + ": " + (name.endsWith(".arrow") ? "Arrow IPC" : "Parquet")
                        + " files are written by " + GATE, r.err().strip());
            }
        }
    }
}
