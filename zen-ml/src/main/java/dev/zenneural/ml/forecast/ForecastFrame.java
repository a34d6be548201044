package dev.zenneural.ml.forecast;

import dev.zenneural.ml.frame.DsKind;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Forecasts in neuralforecast's layout: {@code unique_id}, {@code ds}, then one column per model
 * output ({@code <alias>}, {@code <alias>-lo-90}, ...), and {@code cutoff} where cross-validation
 * made them. Column-wise and immutable.
 */
public final class ForecastFrame {

    private final DsKind dsKind;
    private final String[] ids;
    private final long[] ds;
    private final long[] cutoff;
    private final List<String> columns;
    private final double[][] values;

    ForecastFrame(DsKind dsKind, String[] ids, long[] ds, long[] cutoff, List<String> columns, double[][] values) {
        this.dsKind = dsKind;
        this.ids = ids;
        this.ds = ds;
        this.cutoff = cutoff;
        this.columns = List.copyOf(columns);
        this.values = values;
    }

    public int rowCount() {
        return ids.length;
    }

    public DsKind dsKind() {
        return dsKind;
    }

    /** The value columns' names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the frame has a {@code cutoff} column (cross-validation output). */
    public boolean hasCutoff() {
        return cutoff != null;
    }

    public String id(int row) {
        return ids[row];
    }

    public long ds(int row) {
        return ds[row];
    }

    /**
     * The cutoff (last training timestamp) of {@code row}.
     *
     * @throws IllegalStateException if the frame has no cutoff column
     */
    public long cutoff(int row) {
        if (cutoff == null) {
            throw new IllegalStateException("this frame has no cutoff column");
        }
        return cutoff[row];
    }

    /**
     * The value of {@code column} at {@code row}.
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public double value(int row, String column) {
        return values[columnIndex(column)][row];
    }

    /** A copy of one value column. */
    public double[] column(String column) {
        return values[columnIndex(column)].clone();
    }

    /**
     * One value column as a map from series id to all its values in row order (for cross-validation
     * output: window after window), in the order the ids first appear.
     */
    public Map<String, double[]> byId(String column) {
        double[] v = values[columnIndex(column)];
        Map<String, double[]> result = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : ids) {
            counts.merge(id, 1, Integer::sum);
        }
        Map<String, Integer> filled = new java.util.HashMap<>();
        for (int r = 0; r < ids.length; r++) {
            double[] series = result.computeIfAbsent(ids[r], id -> new double[counts.get(id)]);
            int at = filled.merge(ids[r], 1, Integer::sum) - 1;
            series[at] = v[r];
        }
        return Collections.unmodifiableMap(result);
    }

    private int columnIndex(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + column + "'; the columns are " + columns);
        }
        return index;
    }

    /** Writes the frame as CSV with a header, {@code ds} as ISO dates or integers. */
    public void writeCsv(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("unique_id", "ds"));
        if (cutoff != null) {
            header.add("cutoff");
        }
        header.addAll(columns);
        out.write(String.join(",", header));
        out.write('\n');
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < ids.length; r++) {
            line.setLength(0);
            line.append(csvField(ids[r])).append(',').append(dsKind.format(ds[r]));
            if (cutoff != null) {
                line.append(',').append(dsKind.format(cutoff[r]));
            }
            for (double[] column : values) {
                line.append(',').append(column[r]);
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String csvField(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s
                : '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastFrame f && dsKind == f.dsKind && Arrays.equals(ids, f.ids)
                && Arrays.equals(ds, f.ds) && Arrays.equals(cutoff, f.cutoff) && columns.equals(f.columns)
                && Arrays.deepEquals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dsKind, Arrays.hashCode(ids), Arrays.hashCode(ds), columns, Arrays.deepHashCode(values));
    }

    @Override
    public String toString() {
        return "ForecastFrame[" + rowCount() + " rows, columns " + columns + "]";
    }
}
