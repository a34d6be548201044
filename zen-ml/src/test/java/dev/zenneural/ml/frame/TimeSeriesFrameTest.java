package dev.zenneural.ml.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.ReadOnlyBufferException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesFrameTest {

    private static TimeSeriesFrame twoSeries() {
        return TimeSeriesFrame.builder(DsKind.INDEX)
                .add("a", 1, 10).add("a", 2, 11).add("a", 5, 12)
                .add("b", 1, 20).add("b", 2, 21)
                .build();
    }

    @Test
    void indexesSeriesByOffsets() {
        TimeSeriesFrame frame = twoSeries();
        assertEquals(2, frame.seriesCount());
        assertEquals(5, frame.rowCount());
        assertEquals(DsKind.INDEX, frame.dsKind());
        assertEquals(List.of("a", "b"), frame.ids());
        assertEquals("b", frame.id(1));
        assertEquals(3, frame.start(1));
        assertEquals(2, frame.length(1));
        assertEquals(1, frame.indexOf("b"));
        assertEquals(-1, frame.indexOf("c"));
        assertEquals(5, frame.dsAt(2));
        assertEquals(20.0, frame.yAt(3));
    }

    @Test
    void slicesAreReadOnlyViewsOfOneSeries() {
        TimeSeriesFrame frame = twoSeries();
        LongBuffer ds = frame.ds(0);
        DoubleBuffer y = frame.y(1);
        assertEquals(3, ds.remaining());
        assertEquals(5, ds.get(2));
        double[] copy = new double[y.remaining()];
        y.get(copy);
        assertArrayEquals(new double[] {20, 21}, copy);
        assertTrue(ds.isReadOnly());
        assertFalse(y.hasArray(), "a read-only view must not hand out the backing array");
        assertThrows(ReadOnlyBufferException.class, () -> frame.y(0).put(0, 99));
        assertEquals(5, frame.dsColumn().remaining());
        assertEquals(21.0, frame.yColumn().get(4));
    }

    @Test
    void rejectsIndicesOutsideTheFrame() {
        TimeSeriesFrame frame = twoSeries();
        assertThrows(IndexOutOfBoundsException.class, () -> frame.id(2));
        assertThrows(IndexOutOfBoundsException.class, () -> frame.length(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> frame.y(2));
        assertThrows(IndexOutOfBoundsException.class, () -> frame.yAt(5));
    }

    @Test
    void builderKeepsGoingWithoutChangingBuiltFrames() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 1);
        TimeSeriesFrame first = builder.build();
        builder.add("a", 2, 2).add("b", 1, 3);
        assertEquals(1, first.rowCount());
        assertEquals(1, first.seriesCount());
        assertEquals(3, builder.build().rowCount());
    }

    @Test
    void growsPastItsInitialCapacity() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < 40; s++) {
            for (int t = 0; t < 50; t++) {
                builder.add("s" + s, t, s * 1000 + t);
            }
        }
        TimeSeriesFrame frame = builder.build();
        assertEquals(40, frame.seriesCount());
        assertEquals(2000, frame.rowCount());
        assertEquals(39 * 50, frame.start(39));
        assertEquals(39049.0, frame.yAt(1999));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(twoSeries(), twoSeries());
        assertEquals(twoSeries().hashCode(), twoSeries().hashCode());
        TimeSeriesFrame other = TimeSeriesFrame.builder(DsKind.INDEX)
                .add("a", 1, 10).add("a", 2, 11).add("a", 5, 12)
                .add("b", 1, 20).add("b", 2, 21.5)
                .build();
        assertNotEquals(twoSeries(), other);
        TimeSeriesFrame dates = TimeSeriesFrame.builder(DsKind.DATE).add("a", 1, 10).build();
        TimeSeriesFrame indices = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 10).build();
        assertNotEquals(dates, indices);
        assertEquals("TimeSeriesFrame[2 series, 5 rows, ds INDEX]", twoSeries().toString());
    }

    @Test
    void anEmptyFrameIsAllowed() {
        TimeSeriesFrame empty = TimeSeriesFrame.builder(DsKind.DATE).build();
        assertEquals(0, empty.seriesCount());
        assertEquals(0, empty.rowCount());
    }

    @Test
    void formatsDsByKind() {
        long day = LocalDate.of(1949, 1, 1).toEpochDay();
        assertEquals("1949-01-01", DsKind.DATE.format(day));
        assertEquals("-7", DsKind.INDEX.format(-7));
    }
}
