package dev.zenneural.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.tools.bench.MiniJson;
import dev.zenneural.tools.json.JsonStrings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zen forecast}'s JSON output: valid JSON holding exactly what the CSV holds. */
class ForecastOutputTest {

    @TempDir
    Path dir;

    /** Quarterly dated series "a" and "b,\"c\"" (a name JSON and CSV both must quote), 24 quarters each. */
    private Path quarterly() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (String id : List.of("a", "\"b,\"\"c\"\"\"")) {
            for (int q = 0; q < 24; q++) {
                csv.append(id).append(',').append(java.time.LocalDate.of(2000, 1, 1).plusMonths(3L * q)).append(',')
                        .append(50 + q + (q % 4) * 3).append('\n');
            }
        }
        return Files.writeString(dir.resolve("q.csv"), csv);
    }

    private static CliRun forecast(Path data, String freq, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("forecast", data.toString(), "--h", "4", "--freq", freq,
                "--models", "nlinear", "--max-steps", "5", "--levels", "80"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void jsonFileHoldsTheCsvRowsAndValues() throws IOException {
        Path data = quarterly();
        Path csv = dir.resolve("f.csv");
        Path json = dir.resolve("f.json");
        CliRun a = forecast(data, "Q", "-o", csv.toString());
        CliRun b = forecast(data, "Q", "-o", json.toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertSameRows(Files.readAllLines(csv), MiniJson.parse(Files.readString(json)));
        Map<?, ?> second = (Map<?, ?>) ((List<?>) MiniJson.parse(Files.readString(json))).get(4);
        assertEquals("b,\"c\"", second.get("unique_id"));
        assertEquals("2006-01-01", second.get("ds"));
    }

    @Test
    void formatOptionWinsOverTheExtensionAndWorksOnStdout() throws IOException {
        Path data = quarterly();
        CliRun json = forecast(data, "Q", "--format", "json");
        assertEquals(0, json.code(), json.err());
        CliRun csv = forecast(data, "Q", "--format", "CSV", "-o", dir.resolve("really-csv.json").toString());
        assertEquals(0, csv.code(), csv.err());
        assertSameRows(Files.readAllLines(dir.resolve("really-csv.json")), MiniJson.parse(json.out()));
        CliRun bad = forecast(data, "Q", "--format", "xml");
        assertEquals(ZenCommand.EXIT_USAGE, bad.code());
        assertTrue(bad.err().startsWith("zen: Invalid value for option '--format'"), bad.err());
    }

    @Test
    void integerDsIsAJsonNumber() throws IOException {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int t = 1; t <= 30; t++) {
            csv.append("w,").append(t).append(',').append(t % 5).append('\n');
        }
        CliRun r = forecast(Files.writeString(dir.resolve("i.csv"), csv), "1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        List<?> rows = (List<?>) MiniJson.parse(r.out());
        assertEquals(4, rows.size());
        assertEquals(31.0, ((Map<?, ?>) rows.get(0)).get("ds"));
        assertEquals(List.of("unique_id", "ds", "NLinear-median", "NLinear-lo-80", "NLinear-hi-80"),
                List.copyOf(((Map<?, ?>) rows.get(0)).keySet()));
    }

    @Test
    void nonFiniteNumbersAreNullAndStringsAreEscaped() {
        assertEquals("null", ForecastJson.number(Double.NaN));
        assertEquals("null", ForecastJson.number(Double.POSITIVE_INFINITY));
        assertEquals("1.0E-7", ForecastJson.number(1e-7));
        assertEquals(1e-7, MiniJson.parse(ForecastJson.number(1e-7)));
        String nasty = "q\"\\/\n\r\t\u0001é";
        assertEquals("\"q\\\"\\\\/\\n\\r\\t\\u0001é\"", JsonStrings.quote(nasty));
        assertEquals(nasty, MiniJson.parse(JsonStrings.quote(nasty)));
    }

    /** Every CSV row is the JSON row: the same keys in order, ids, dates and values. */
    private static void assertSameRows(List<String> csv, Object json) {
        List<?> rows = (List<?>) json;
        String[] header = csv.get(0).split(",");
        assertEquals(csv.size() - 1, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(r);
            assertEquals(List.of(header), List.copyOf(row.keySet()));
            String line = csv.get(r + 1);
            // Only the id may be a quoted CSV field; ds and the values never hold a comma.
            String[] fields = line.split(",");
            String[] tail = java.util.Arrays.copyOfRange(fields, fields.length - (header.length - 1), fields.length);
            String idField = line.substring(0, line.length() - String.join(",", tail).length() - 1);
            String id = idField.startsWith("\"") ? idField.substring(1, idField.length() - 1).replace("\"\"", "\"")
                    : idField;
            assertEquals(id, row.get("unique_id"));
            assertEquals(tail[0], row.get("ds"));
            for (int c = 2; c < header.length; c++) {
                assertEquals(Double.parseDouble(tail[c - 1]), row.get(header[c]), header[c] + " of row " + r);
            }
        }
    }
}
