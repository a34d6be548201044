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
 * <p>The builder may go on appending after {@link #build()} without touching frames already built.
 * Not thread-safe.
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
    private final List<String> exogNames;
    private double[][] exog;
    private int rows;
    private String currentId;

    TimeSeriesFrameBuilder(DsKind dsKind, List<String> exogNames) {
        this.dsKind = Objects.requireNonNull(dsKind, "dsKind");
        this.exogNames = List.copyOf(exogNames);
        for (int i = 0; i < this.exogNames.size(); i++) {
            String name = this.exogNames.get(i);
            if (name.isBlank() || name.equals("unique_id") || name.equals("ds") || name.equals("y")
                    || this.exogNames.indexOf(name) != i) {
                throw new IllegalArgumentException("exogenous column names must be non-blank, distinct and not"
                        + " unique_id, ds or y; got " + this.exogNames);
            }
        }
        this.exog = new double[this.exogNames.size()][64];
    }

    /** The exogenous columns' names this builder takes, in order. */
    public List<String> exogNames() {
        return exogNames;
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
        if (!exogNames.isEmpty()) {
            throw new IllegalStateException("this frame has exogenous columns " + exogNames
                    + "; add rows with add(id, ds, y, exog)");
        }
        return addRow(id, ds, y, null);
    }

    /**
     * Appends one row with its exogenous values, in {@link #exogNames()} order (copied).
     *
     * @throws FrameValidationException if the row breaks a rule of the frame (nothing is appended)
     * @throws IllegalArgumentException if {@code exog} does not have one value per exogenous column
     */
    public TimeSeriesFrameBuilder add(String id, long ds, double y, double[] exog) {
        if (exog.length != exogNames.size()) {
            throw new IllegalArgumentException("expected " + exogNames.size() + " exogenous values " + exogNames
                    + ", got " + exog.length);
        }
        return addRow(id, ds, y, exog);
    }

    private TimeSeriesFrameBuilder addRow(String id, long ds, double y, double[] exogValues) {
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
        for (int c = 0; exogValues != null && c < exogValues.length; c++) {
            if (!Double.isFinite(exogValues[c])) {
                throw new FrameValidationException(id, rows, exogNames.get(c) + " at ds " + dsKind.format(ds) + " is "
                        + exogValues[c] + "; exogenous values must be finite");
            }
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
        for (int c = 0; exogValues != null && c < exogValues.length; c++) {
            exog[c][rows] = exogValues[c];
        }
        rows++;
        // The open series' end, so that a later contiguity error can name where it ended.
        offsets[ids.size()] = rows;
        return this;
    }

    /**
     * Makes room for {@code totalRows} rows in all, for a reader that knows its row count (an Arrow IPC
     * file's footer does): the columns are then allocated once, at their final size, and
     * {@link #build()} hands them over without a copy, so reading needs the frame's memory once,
     * not twice.
     *
     * @throws IllegalArgumentException if {@code totalRows} is negative
     */
    public TimeSeriesFrameBuilder expectRows(int totalRows) {
        if (totalRows < 0) {
            throw new IllegalArgumentException("expected rows must not be negative, got " + totalRows);
        }
        if (totalRows > ds.length) {
            ds = Arrays.copyOf(ds, totalRows);
            y = Arrays.copyOf(y, totalRows);
            for (int c = 0; c < exog.length; c++) {
                exog[c] = Arrays.copyOf(exog[c], totalRows);
            }
        }
        return this;
    }

    /** A frame of the rows appended so far. */
    public TimeSeriesFrame build() {
        int series = ids.size();
        int[] frameOffsets = Arrays.copyOf(offsets, series + 1);
        frameOffsets[series] = rows;
        // Full columns are handed over as they are: the next row makes the builder grow into new
        // arrays, so it never writes to these again.
        boolean full = rows == ds.length;
        double[][] exogColumns = new double[exog.length][];
        for (int c = 0; c < exog.length; c++) {
            exogColumns[c] = full ? exog[c] : Arrays.copyOf(exog[c], rows);
        }
        return new TimeSeriesFrame(dsKind, ids.toArray(new String[0]), frameOffsets,
                full ? ds : Arrays.copyOf(ds, rows), full ? y : Arrays.copyOf(y, rows), Map.copyOf(seriesIndex),
                exogNames, exogColumns);
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
            for (int c = 0; c < exog.length; c++) {
                exog[c] = Arrays.copyOf(exog[c], capacity);
            }
        }
    }

    private static int grow(int capacity) {
        return (int) Math.min(MAX_ROWS, capacity + (long) (capacity >> 1) + 16);
    }
}
