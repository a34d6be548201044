package dev.zenneural.ml.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Appends rows to a future {@link TimeSeriesFrame} and checks each one as it comes, so the first bad
 * row is reported, not a summary at the end. Rows of one series must arrive together and in
 * strictly increasing {@code ds} order; a row whose id differs from the previous row's starts the
 * next series.
 *
 * <p>{@link #build()} copies, so the builder may go on appending afterwards without touching frames
 * already built. Not thread-safe.
 */
public final class TimeSeriesFrameBuilder {

    // The largest array the JVM reliably allocates.
    private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final DsKind dsKind;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> seriesIndex = new HashMap<>();
    private int[] offsets = new int[16];
    private long[] ds = new long[64];
    private double[] y = new double[64];
    private int rows;
    private String currentId;

    TimeSeriesFrameBuilder(DsKind dsKind) {
        this.dsKind = Objects.requireNonNull(dsKind, "dsKind");
    }

    /** The kind of {@code ds} this builder takes. */
    public DsKind dsKind() {
        return dsKind;
    }

    /** The number of rows appended so far. */
    public int rowCount() {
        return rows;
    }

    /**
     * Appends one row.
     *
     * @param id the series id; rows of one series must be contiguous
     * @param ds the time stamp: an epoch day for {@link DsKind#DATE}, the index for {@link DsKind#INDEX}
     * @param y the value; must be finite
     * @throws FrameValidationException if the row breaks a rule of the frame (nothing is appended)
     */
    public TimeSeriesFrameBuilder add(String id, long ds, double y) {
        Objects.requireNonNull(id, "id");
        // Same reference first: readers pass one String per series, so this is the common case.
        boolean sameSeries = id == currentId || id.equals(currentId);
        if (sameSeries) {
            checkOrder(id, ds);
        } else {
            checkNewSeries(id);
        }
        if (!dsKind.inRange(ds)) {
            throw new FrameValidationException(id, rows, "ds " + ds + " is not a day LocalDate can hold");
        }
        if (!Double.isFinite(y)) {
            throw new FrameValidationException(id, rows, "y at ds " + dsKind.format(ds) + " is " + y
                    + "; values must be finite (missing values are not supported)");
        }
        if (rows == MAX_ROWS) {
            throw new FrameValidationException(id, rows, "a frame holds at most " + MAX_ROWS + " rows");
        }
        if (!sameSeries) {
            startSeries(id);
        }
        ensureRowCapacity();
        this.ds[rows] = ds;
        this.y[rows] = y;
        rows++;
        // The open series' end, so that a later contiguity error can name where it ended.
        offsets[ids.size()] = rows;
        return this;
    }

    /** A frame of the rows appended so far. */
    public TimeSeriesFrame build() {
        int series = ids.size();
        int[] frameOffsets = Arrays.copyOf(offsets, series + 1);
        frameOffsets[series] = rows;
        return new TimeSeriesFrame(dsKind, ids.toArray(new String[0]), frameOffsets,
                Arrays.copyOf(ds, rows), Arrays.copyOf(y, rows), Map.copyOf(seriesIndex));
    }

    private void checkOrder(String id, long next) {
        long previous = ds[rows - 1];
        if (next == previous) {
            throw new FrameValidationException(id, rows, "duplicate ds " + dsKind.format(next)
                    + " (also at row " + (rows - 1) + ")");
        }
        if (next < previous) {
            throw new FrameValidationException(id, rows, "ds " + dsKind.format(next) + " comes after "
                    + dsKind.format(previous) + "; rows of a series must be in increasing ds order");
        }
    }

    private void checkNewSeries(String id) {
        if (id.isEmpty()) {
            throw new FrameValidationException(id, rows, "the series id is empty");
        }
        Integer earlier = seriesIndex.get(id);
        if (earlier != null) {
            int lastRow = offsets[earlier + 1] - 1;
            throw new FrameValidationException(id, rows, "rows of a series must be contiguous, but this series"
                    + " already ended at row " + lastRow + " and series '" + ids.get(earlier + 1)
                    + "' came in between");
        }
    }

    private void startSeries(String id) {
        int series = ids.size();
        if (series + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, grow(offsets.length));
        }
        offsets[series] = rows;
        ids.add(id);
        seriesIndex.put(id, series);
        currentId = id;
    }

    private void ensureRowCapacity() {
        if (rows == ds.length) {
            int capacity = grow(ds.length);
            ds = Arrays.copyOf(ds, capacity);
            y = Arrays.copyOf(y, capacity);
        }
    }

    private static int grow(int capacity) {
        return (int) Math.min(MAX_ROWS, capacity + (long) (capacity >> 1) + 16);
    }
}
