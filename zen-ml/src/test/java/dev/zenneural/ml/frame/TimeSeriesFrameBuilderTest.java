package dev.zenneural.ml.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeSeriesFrameBuilderTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static FrameValidationException rejected(TimeSeriesFrameBuilder builder, String id, long ds, double y) {
        return assertThrows(FrameValidationException.class, () -> builder.add(id, ds, y));
    }

    @Test
    void namesSeriesRowAndDatesOfUnsortedRows() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE)
                .add("AirPassengers", day("1949-01-01"), 112).add("AirPassengers", day("1949-03-01"), 132);
        FrameValidationException e = rejected(builder, "AirPassengers", day("1949-02-01"), 118);
        assertEquals("series 'AirPassengers', row 2: ds 1949-02-01 comes after 1949-03-01;"
                + " rows of a series must be in increasing ds order", e.getMessage());
        assertEquals("AirPassengers", e.seriesId());
        assertEquals(2, e.row());
    }

    @Test
    void rejectsDuplicateTimestamps() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX).add("w", 1, 88).add("w", 2, 84);
        assertEquals("series 'w', row 2: duplicate ds 2 (also at row 1)",
                rejected(builder, "w", 2, 85).getMessage());
    }

    @Test
    void rejectsNonFiniteValues() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE);
        assertEquals("series 'x', row 0: y at ds 2020-01-01 is NaN; values must be finite"
                + " (missing values are not supported)", rejected(builder, "x", day("2020-01-01"), Double.NaN).getMessage());
        assertEquals("y at ds 2020-01-01 is Infinity; values must be finite (missing values are not supported)",
                rejected(builder, "x", day("2020-01-01"), Double.POSITIVE_INFINITY).reason());
        assertEquals(0, builder.rowCount(), "a rejected row must not be appended");
    }

    @Test
    void rejectsSeriesThatComeBack() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX)
                .add("a", 1, 1).add("a", 2, 2).add("b", 1, 3).add("c", 1, 4);
        assertEquals("series 'a', row 4: rows of a series must be contiguous, but this series already ended"
                + " at row 1 and series 'b' came in between", rejected(builder, "a", 3, 5).getMessage());
    }

    @Test
    void rejectsEmptyIdsAndDaysOutsideTheCalendar() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE);
        assertEquals("series '', row 0: the series id is empty", rejected(builder, "", 0, 1).getMessage());
        assertEquals("ds 9223372036854775807 is not a day LocalDate can hold",
                rejected(builder, "x", Long.MAX_VALUE, 1).reason());
        assertThrows(NullPointerException.class, () -> builder.add(null, 0, 1));
    }

    @Test
    void aRejectedRowLeavesTheBuilderUsable() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 1);
        rejected(builder, "a", 1, 2);
        builder.add("a", 2, 2);
        assertEquals(2, builder.build().length(0));
    }

    @Test
    void expectedRowsAreHandedOverAndLaterRowsLeaveTheFrameAlone() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX, java.util.List.of("x")).expectRows(3);
        for (int t = 0; t < 3; t++) {
            builder.add("a", t, t * 2.0, new double[] {-t});
        }
        TimeSeriesFrame full = builder.build();
        builder.add("a", 3, 6, new double[] {-3});
        builder.add("b", 0, 7, new double[] {1});
        TimeSeriesFrame more = builder.build();
        assertEquals(3, full.rowCount());
        assertEquals(4.0, full.yAt(2));
        assertEquals(-2.0, full.exog("x", 0).get(2));
        assertEquals(5, more.rowCount());
        assertEquals(full.yAt(2), more.yAt(2));
        assertEquals(TimeSeriesFrame.builder(DsKind.INDEX, java.util.List.of("x")).add("a", 0, 0, new double[] {0})
                .add("a", 1, 2, new double[] {-1}).add("a", 2, 4, new double[] {-2}).build(), full);
        assertThrows(IllegalArgumentException.class, () -> TimeSeriesFrame.builder(DsKind.DATE).expectRows(-1));
    }
}
