package dev.zenneural.ml.io;

import static dev.zenneural.ml.io.Csv.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesCsvErrorsTest {

    private static final String HEADER = "unique_id,ds,y\n";

    @Test
    void namesLineColumnAndValueOfABadNumber() {
        assertEquals("t.csv:3: column 'y': expected a number, got \"abc\"", error(HEADER + "a,1,1\na,2,abc\n"));
        assertEquals("t.csv:2: column 'y': expected a number, got an empty field", error(HEADER + "a,1,\n"));
        assertEquals("t.csv:2: column 'y': expected a number, got \"1,5\"", error(HEADER + "a,1,\"1,5\"\n"));
        assertEquals("t.csv:2: column 'y': expected a number, got \"0x10\"", error(HEADER + "a,1,0x10\n"));
    }

    @Test
    void rejectsMissingAndInfiniteValues() {
        assertEquals("t.csv:2: column 'y': expected a finite number (missing values are not supported),"
                + " got \"NaN\"", error(HEADER + "a,1,NaN\n"));
        assertEquals("t.csv:1: column 'y': expected a finite number (missing values are not supported),"
                + " got \"NA\"", error("a,1,NA\n"), "a missing value in line 1 is data, not a header");
        assertEquals("t.csv:2: column 'y': expected a finite number (missing values are not supported),"
                + " got \"1e999\"", error(HEADER + "a,1,1e999\n"));
    }

    @Test
    void rejectsBadTimestamps() {
        assertEquals("t.csv:2: column 'ds': expected an ISO date (yyyy-MM-dd) or an integer, got \"01/02/2020\"",
                error(HEADER + "a,01/02/2020,1\n"));
        assertEquals("t.csv:3: column 'ds': expected an ISO date (yyyy-MM-dd) like line 2, got \"2020-02-30\"",
                error(HEADER + "a,2020-01-01,1\na,2020-02-30,1\n"));
        assertEquals("t.csv:3: column 'ds': expected an integer like line 2, got \"99999999999999999999\"",
                error(HEADER + "a,1,1\na,99999999999999999999,1\n"));
    }

    /** The shared classic.csv mixes dates with WWWusage's integer ds; one frame holds one kind. */
    @Test
    void rejectsIntegerDsAfterDates() {
        assertEquals("t.csv:3: column 'ds': expected an ISO date (yyyy-MM-dd) like line 2, got \"1\"",
                error(HEADER + "LakeHuron,1972-01-01,579.96\nWWWusage,1,88\n"));
    }

    @Test
    void reportsFrameRulesAtTheFileLine() {
        assertEquals("t.csv:4: series 'a': ds 2020-01-01 comes after 2020-02-01; rows of a series must be"
                + " in increasing ds order", error(HEADER + "a,2020-01-01,1\na,2020-02-01,2\na,2020-01-01,3\n"));
        assertEquals("t.csv:3: series 'a': duplicate ds 1 (also at row 0)", error(HEADER + "a,1,1\na,1,2\n"));
        assertEquals("t.csv:4: series 'a': rows of a series must be contiguous, but this series already"
                + " ended at row 0 and series 'b' came in between", error(HEADER + "a,1,1\nb,1,2\na,2,3\n"));
        assertEquals("t.csv:2: column 'unique_id': expected a series id, got an empty field",
                error(HEADER + ",1,1\n"));
    }

    @Test
    void rejectsRaggedRowsAndBadHeaders() {
        assertEquals("t.csv:3: expected 3 fields like the first line, got 4", error(HEADER + "a,1,1\na,2,2,2\n"));
        assertEquals("t.csv:1: header has no column 'ds' (found unique_id,time,y); a file without a header"
                + " must have the columns unique_id,ds,y", error("unique_id,time,y\na,1,1\n"));
        assertEquals("t.csv:1: header names column 'y' twice (fields 2 and 3)", error("unique_id,y,y,ds\n"));
    }

    @Test
    void rejectsBrokenQuotes() {
        assertEquals("t.csv:2: field 1: the quote opened on this line is never closed", error(HEADER + "\"a,1,1\n"));
        assertEquals("t.csv:2: field 1: expected ',' or the end of the line after a closing quote, got 'b'",
                error(HEADER + "\"a\"b,1,1\n"));
    }

    @Test
    void rejectsInputsWithoutRows() {
        assertEquals("t.csv: the input is empty; expected rows of unique_id,ds,y", error(""));
        assertEquals("t.csv: there are no rows after the header", error(HEADER + "\n"));
    }

    @Test
    void namesTheFileItReads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEADER + "a,1,1\r\na,2,x\r\n");
        FrameFormatException e = assertThrows(FrameFormatException.class, () -> TimeSeriesCsv.read(file));
        assertEquals(file + ":3: column 'y': expected a number, got \"x\"", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(file.toString(), e.source());
        assertEquals("column 'y': expected a number, got \"x\"", e.detail());
    }

    /** The bad bytes sit on line 3, behind two good lines in the same decoded block. */
    @Test
    void rejectsMalformedUtf8AtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u.csv");
        byte[] good = (HEADER + "a,1,1\na,2,").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        bad[good.length + 2] = '\n';
        Files.write(file, bad);
        FrameFormatException e = assertThrows(FrameFormatException.class, () -> TimeSeriesCsv.read(file));
        assertEquals(file + ":3: malformed characters (files must be UTF-8)", e.getMessage());
    }

    @Test
    void readsMultiByteCharactersAcrossBlocks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u.csv");
        StringBuilder text = new StringBuilder(HEADER);
        for (int t = 1; t <= 3000; t++) {
            text.append("s\u00e9rie-\u6771\uD83D\uDE00,").append(t).append(",1\n");
        }
        Files.writeString(file, text);
        assertEquals(List.of("s\u00e9rie-\u6771\uD83D\uDE00"), TimeSeriesCsv.read(file).ids());
    }
}
