package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zen forecast} and {@code zen cv} as an analyst would use them. */
class ForecastCommandsTest {

    @TempDir
    Path dir;

    /** Two seasonal monthly series of 48 months. */
    private Path monthly() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 48; t++) {
                java.time.LocalDate ds = java.time.LocalDate.of(2010, 1, 1).plusMonths(t);
                csv.append("s").append(s).append(',').append(ds).append(',')
                        .append(100 + 10 * s + 5 * Math.sin(t * Math.PI / 6)).append('\n');
            }
        }
        return Files.writeString(dir.resolve("series.csv"), csv);
    }

    @Test
    void forecastWritesEverySeriesHorizonAndIntervals() throws IOException {
        Path out = dir.resolve("forecast.csv");
        CliRun r = CliRun.of("forecast", monthly().toString(), "--h", "6", "--freq", "MS", "--models", "mlp,nlinear",
                "--max-steps", "20", "--levels", "90", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("unique_id,ds,MLP-median,MLP-lo-90,MLP-hi-90,NLinear-median,NLinear-lo-90,NLinear-hi-90",
                lines.get(0));
        assertEquals(1 + 2 * 6, lines.size());
        assertTrue(lines.get(1).startsWith("s0,2014-01-01,"), lines.get(1));
        assertTrue(r.err().contains("12 forecast rows (2 series x 6 steps) written to " + out), r.err());
    }

    @Test
    void forecastToStdout() throws IOException {
        CliRun r = CliRun.of("forecast", monthly().toString(), "--h", "3", "--freq", "M", "--models", "dlinear",
                "--max-steps", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("unique_id,ds,DLinear\ns0,2014-01-01,"), r.out());
    }

    @Test
    void cvScoresEveryModelBesideNaive() throws IOException {
        CliRun r = CliRun.of("cv", monthly().toString(), "--h", "6", "--freq", "M", "--models", "nlinear",
                "--max-steps", "30", "--windows", "2");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("2 series, 2 windows of h=6: 24 forecasts per model", lines[0]);
        assertTrue(lines[2].startsWith("NLinear "), r.out());
        assertTrue(lines[3].startsWith("naive "), r.out());
    }

    @Test
    void forecastReadsHistoricExogenousColumns() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y,price\n");
        for (int t = 0; t < 40; t++) {
            csv.append("a,").append(t + 1).append(',').append(t % 7).append(',').append(t % 3).append('\n');
        }
        Path file = Files.writeString(dir.resolve("exog.csv"), csv);
        CliRun r = CliRun.of("forecast", file.toString(), "--h", "2", "--freq", "1", "--models", "mlp",
                "--hist-exog", "price", "--max-steps", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("unique_id,ds,MLP\na,41,"), r.out());
        CliRun nhits = CliRun.of("forecast", file.toString(), "--h", "2", "--freq", "1", "--models", "nhits",
                "--hist-exog", "price");
        assertEquals(ZenCommand.EXIT_USAGE, nhits.code());
        assertEquals("zen: NHITS does not read exogenous columns (MLP does); got histExogList [price] (see 'zen"
                + " forecast --help')", nhits.err().strip());
    }

    @Test
    void theSeriesFileMayBeGivenAsInput() throws IOException {
        Path csv = monthly();
        CliRun positional = CliRun.of("forecast", csv.toString(), "--h", "3", "--freq", "M", "--models", "dlinear",
                "--max-steps", "5");
        CliRun option = CliRun.of("forecast", "--input", csv.toString(), "--h", "3", "--freq", "M", "--models",
                "dlinear", "--max-steps", "5");
        assertEquals(0, option.code(), option.err());
        assertEquals(positional.out(), option.out());
        CliRun both = CliRun.of("cv", csv.toString(), "--input", csv.toString(), "--h", "3", "--freq", "M");
        assertEquals(ZenCommand.EXIT_USAGE, both.code());
        assertEquals("zen: give the series file once: as FILE or as --input, not both (see 'zen cv --help')",
                both.err().strip());
        CliRun none = CliRun.of("forecast", "--h", "3", "--freq", "M");
        assertEquals(ZenCommand.EXIT_USAGE, none.code());
        assertEquals("zen: Missing the series file: FILE or --input FILE (see 'zen forecast --help')",
                none.err().strip());
    }

    @Test
    void userMistakesAreOneLine() throws IOException {
        Path csv = monthly();
        CliRun unknown = CliRun.of("forecast", csv.toString(), "--h", "6", "--freq", "M", "--models", "prophet");
        assertEquals(ZenCommand.EXIT_USAGE, unknown.code());
        assertEquals("zen: unknown model 'prophet'; expected one of mlp, nhits, nbeats, nlinear, dlinear, lstm, gru,"
                + " rnn, tcn (see 'zen forecast --help')", unknown.err().strip());
        CliRun horizon = CliRun.of("forecast", csv.toString(), "--h", "0", "--freq", "M");
        assertEquals(ZenCommand.EXIT_USAGE, horizon.code());
        assertEquals("zen: --h must be at least 1, got 0 (see 'zen forecast --help')", horizon.err().strip());
        CliRun freq = CliRun.of("forecast", csv.toString(), "--h", "6", "--freq", "H");
        assertEquals(ZenCommand.EXIT_USAGE, freq.code());
        assertTrue(freq.err().startsWith("zen: --freq: unknown frequency 'H'"), freq.err());
        CliRun wrongFreq = CliRun.of("forecast", csv.toString(), "--h", "6", "--freq", "Q", "--max-steps", "1");
        assertEquals(ZenCommand.EXIT_FAILURE, wrongFreq.code());
        assertEquals("zen: series s0 jumps from ds 2010-01-01 to 2010-02-01; at freq Q the next is 2010-04-01"
                + " (fill the gap, or pick the data's frequency)", wrongFreq.err().strip());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "unique_id,ds,y\na,2020-01-01,x\n");
        CliRun malformed = CliRun.of("forecast", bad.toString(), "--h", "2", "--freq", "M");
        assertEquals(ZenCommand.EXIT_FAILURE, malformed.code());
        assertTrue(malformed.err().startsWith("zen: " + bad + ":2: column 'y'"), malformed.err());
        CliRun missing = CliRun.of("cv", dir.resolve("none.csv").toString(), "--h", "2", "--freq", "M");
        assertEquals("zen: no such file: " + dir.resolve("none.csv"), missing.err().strip());
    }
}
