package dev.zenneural.ml.frame;

import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many time series in long format ({@code unique_id}, {@code ds}, {@code y}), stored column-wise.
 *
 * <p>Rows of one series are contiguous and in strictly increasing {@code ds} order; series
 * {@code s} owns rows {@code start(s)} to {@code start(s) + length(s) - 1}. The id is stored once per
 * series, {@code ds} and {@code y} as one contiguous array each over all rows, so a frame of a
 * million rows holds three arrays, not a million objects. Rows are numbered from 0 across the whole
 * frame.
 *
 * <p>Immutable: build one with {@link #builder(DsKind)}. Slices come back as read-only NIO buffers
 * that share the frame's arrays (no copy); {@code buffer.get(new double[buffer.remaining()])} makes
 * a copy where an array is needed.
 */
public final class TimeSeriesFrame {

    private final DsKind dsKind;
    private final String[] ids;
    private final List<String> idList;
    /** {@code offsets[s]} is the first row of series {@code s}; the last entry is the row count. */
    private final int[] offsets;
    private final long[] ds;
    private final double[] y;
    private final Map<String, Integer> seriesIndex;
    private final List<String> exogNames;
    /** One array per exogenous column, as long as {@code y}. */
    private final double[][] exog;

    // The builder hands over arrays it no longer touches, already validated and trimmed.
    TimeSeriesFrame(DsKind dsKind, String[] ids, int[] offsets, long[] ds, double[] y,
            Map<String, Integer> seriesIndex, List<String> exogNames, double[][] exog) {
        this.dsKind = dsKind;
        this.ids = ids;
        this.idList = List.of(ids);
        this.offsets = offsets;
        this.ds = ds;
        this.y = y;
        this.seriesIndex = seriesIndex;
        this.exogNames = List.copyOf(exogNames);
        this.exog = exog;
    }

    /** A builder for a frame whose {@code ds} values are of the given kind. */
    public static TimeSeriesFrameBuilder builder(DsKind dsKind) {
        return new TimeSeriesFrameBuilder(dsKind, List.of());
    }

    /**
     * A builder for a frame with exogenous columns (numeric features beside {@code y}, such as a price
     * or a holiday flag), named {@code exogNames}.
     *
     * @throws IllegalArgumentException if a name is blank, repeated, or one of unique_id, ds, y
     */
    public static TimeSeriesFrameBuilder builder(DsKind dsKind, List<String> exogNames) {
        return new TimeSeriesFrameBuilder(dsKind, exogNames);
    }

    /** The exogenous columns' names, in order; empty if there are none. */
    public List<String> exogNames() {
        return exogNames;
    }

    /**
     * The values of exogenous column {@code name} for series {@code series}: a read-only view.
     *
     * @throws IllegalArgumentException if the frame has no such column
     */
    public DoubleBuffer exog(String name, int series) {
        return DoubleBuffer.wrap(exog[exogIndex(name)]).slice(start(series), length(series)).asReadOnlyBuffer();
    }

    /**
     * The whole exogenous column {@code name} over all rows: a read-only view, not a copy.
     *
     * @throws IllegalArgumentException if the frame has no such column
     */
    public DoubleBuffer exogColumn(String name) {
        return DoubleBuffer.wrap(exog[exogIndex(name)]).asReadOnlyBuffer();
    }

    private int exogIndex(String name) {
        int column = exogNames.indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("the frame has no exogenous column '" + name + "'; it has "
                    + exogNames);
        }
        return column;
    }

    /** What the {@code ds} values mean (dates or integer indices). */
    public DsKind dsKind() {
        return dsKind;
    }

    /** The number of series. */
    public int seriesCount() {
        return ids.length;
    }

    /** The number of rows over all series. */
    public int rowCount() {
        return ds.length;
    }

    /** The {@code unique_id} of series {@code series}. */
    public String id(int series) {
        return ids[Objects.checkIndex(series, ids.length)];
    }

    /** All series ids in frame order, unmodifiable. */
    public List<String> ids() {
        return idList;
    }

    /** The index of the series with this id, or -1 if the frame has none. */
    public int indexOf(String id) {
        Integer index = seriesIndex.get(id);
        return index == null ? -1 : index;
    }

    /** The first row of series {@code series}. */
    public int start(int series) {
        return offsets[Objects.checkIndex(series, ids.length)];
    }

    /** The number of rows of series {@code series} (at least 1). */
    public int length(int series) {
        Objects.checkIndex(series, ids.length);
        return offsets[series + 1] - offsets[series];
    }

    /** The {@code ds} values of series {@code series}: a read-only view, not a copy. */
    public LongBuffer ds(int series) {
        return LongBuffer.wrap(ds).slice(start(series), length(series)).asReadOnlyBuffer();
    }

    /** The {@code y} values of series {@code series}: a read-only view, not a copy. */
    public DoubleBuffer y(int series) {
        return DoubleBuffer.wrap(y).slice(start(series), length(series)).asReadOnlyBuffer();
    }

    /** The whole {@code ds} column over all rows: a read-only view, not a copy. */
    public LongBuffer dsColumn() {
        return LongBuffer.wrap(ds).asReadOnlyBuffer();
    }

    /** The whole {@code y} column over all rows: a read-only view, not a copy. */
    public DoubleBuffer yColumn() {
        return DoubleBuffer.wrap(y).asReadOnlyBuffer();
    }

    /** The {@code ds} value of frame row {@code row}. */
    public long dsAt(int row) {
        return ds[Objects.checkIndex(row, ds.length)];
    }

    /** The {@code y} value of frame row {@code row}. */
    public double yAt(int row) {
        return y[Objects.checkIndex(row, y.length)];
    }

    /** Equal when kind, ids, series boundaries and every value (bit for bit) are equal. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TimeSeriesFrame)) {
            return false;
        }
        TimeSeriesFrame that = (TimeSeriesFrame) other;
        return dsKind == that.dsKind && Arrays.equals(offsets, that.offsets) && Arrays.equals(ids, that.ids)
                && Arrays.equals(ds, that.ds) && Arrays.equals(y, that.y) && exogNames.equals(that.exogNames)
                && Arrays.deepEquals(exog, that.exog);
    }

    @Override
    public int hashCode() {
        int h = dsKind.hashCode();
        h = 31 * h + Arrays.hashCode(offsets);
        h = 31 * h + Arrays.hashCode(ids);
        h = 31 * h + Arrays.hashCode(ds);
        return 31 * h + Arrays.hashCode(y);
    }

    /** A one-line summary; never the values, which may be millions. */
    @Override
    public String toString() {
        return "TimeSeriesFrame[" + ids.length + " series, " + ds.length + " rows, ds " + dsKind
                + (exogNames.isEmpty() ? "" : ", exogenous " + exogNames) + "]";
    }
}
