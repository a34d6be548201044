package dev.zenneural.ml.io;

import static dev.zenneural.ml.io.Csv.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class TimeSeriesCsvReadTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    /** AirPassengers, JohnsonJohnson and Nile, copied verbatim from the shared classic.csv. */
    @Test
    void readsClassicSeriesWithDates() throws IOException {
        TimeSeriesFrame frame = TimeSeriesCsv.read(Csv.resource("classic-subset.csv"));
        assertEquals(DsKind.DATE, frame.dsKind());
        assertEquals(List.of("AirPassengers", "JohnsonJohnson", "Nile"), frame.ids());
        assertEquals(328, frame.rowCount());
        assertEquals(144, frame.length(0));
        assertEquals(84, frame.length(1));
        assertEquals(100, frame.length(2));
        assertSeries(frame, "AirPassengers", "1949-01-01", 112, "1960-12-01", 432);
        assertSeries(frame, "JohnsonJohnson", "1960-01-01", 0.71, "1980-10-01", 11.61);
        assertSeries(frame, "Nile", "1871-01-01", 1120, "1970-01-01", 740);
    }

    @Test
    void readsIntegerDs() throws IOException {
        TimeSeriesFrame frame = TimeSeriesCsv.read(Csv.resource("classic-wwwusage.csv"));
        assertEquals(DsKind.INDEX, frame.dsKind());
        assertEquals(1, frame.seriesCount());
        assertEquals(100, frame.length(0));
        assertEquals(1, frame.dsAt(0));
        assertEquals(88.0, frame.yAt(0));
        assertEquals(100, frame.dsAt(99));
        assertEquals(220.0, frame.yAt(99));
    }

    private static void assertSeries(TimeSeriesFrame frame, String id, String firstDs, double firstY,
            String lastDs, double lastY) {
        int s = frame.indexOf(id);
        int first = frame.start(s);
        int last = first + frame.length(s) - 1;
        assertEquals(day(firstDs), frame.dsAt(first), id);
        assertEquals(firstY, frame.yAt(first), id);
        assertEquals(day(lastDs), frame.dsAt(last), id);
        assertEquals(lastY, frame.yAt(last), id);
    }

    @Test
    void findsColumnsByNameAndIgnoresExtraOnes() {
        TimeSeriesFrame frame = parse("y,extra,ds,unique_id\n1.5,x,3,a\n2.5,y,4,a\n");
        assertEquals(List.of("a"), frame.ids());
        assertEquals(3, frame.dsAt(0));
        assertEquals(2.5, frame.yAt(1));
    }

    @Test
    void withoutHeaderTakesIdDsY() {
        TimeSeriesFrame frame = parse("a,2020-01-01,1\na,2020-02-01,-2.5e1\nb,2020-01-01,+.5\n");
        assertEquals(DsKind.DATE, frame.dsKind());
        assertEquals(3, frame.rowCount());
        assertEquals(-25.0, frame.yAt(1));
        assertEquals(0.5, frame.yAt(2));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        TimeSeriesFrame frame = parse("unique_id,ds,y\n\"x, \"\"quoted\"\"\",1,1\n\"two\nlines\",1,\"2\"\n");
        assertEquals(List.of("x, \"quoted\"", "two\nlines"), frame.ids());
        assertEquals(2.0, frame.yAt(1));
    }

    @Test
    void countsLinesInsideQuotesForLaterErrors() {
        assertEquals("t.csv:4: column 'y': expected a number, got \"abc\"",
                Csv.error("unique_id,ds,y\n\"two\nlines\",1,2\nb,1,abc\n"));
    }

    @Test
    void acceptsCrlfBlankLinesAndByteOrderMark() {
        TimeSeriesFrame frame = parse("\uFEFFunique_id,ds,y\r\na,1,1\r\n\r\na,2,2\r\n\r\n");
        assertEquals(2, frame.rowCount());
        assertEquals(2, frame.dsAt(1));
    }

    @Test
    void trimsBlanksAroundNumbersButNotIds() {
        TimeSeriesFrame frame = parse("unique_id,ds,y\n a , 1 , 7 \n");
        assertEquals(List.of(" a "), frame.ids());
        assertEquals(7.0, frame.yAt(0));
    }

    @Test
    @ResourceLock(Resources.LOCALE)
    void parsesTheSameUnderACommaDecimalLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals(1.25, parse("a,1,1.25\n").yAt(0));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
