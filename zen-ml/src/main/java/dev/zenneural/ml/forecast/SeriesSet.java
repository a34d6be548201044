package dev.zenneural.ml.forecast;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.nio.DoubleBuffer;
import java.util.List;

/**
 * The values of a frame's series as float arrays (what the networks compute in), with each
 * series' id and last timestamp. Immutable after construction; the arrays are not exposed.
 */
final class SeriesSet {

    private final String[] ids;
    private final float[][] values;
    private final long[] lastDs;
    private final List<String> exogNames;
    /** {@code exog[series][column]}: each exogenous column's values, as long as the series. */
    private final float[][][] exog;
    private final List<String> staticNames;
    /** {@code statics[series][feature]}. */
    private final float[][] statics;

    /**
     * Series as saved: ids, values, last timestamps, exogenous columns and static features (arrays
     * taken over, not copied).
     */
    static SeriesSet of(String[] ids, float[][] values, long[] lastDs, List<String> exogNames, float[][][] exog,
            List<String> staticNames, float[][] statics) {
        return new SeriesSet(ids, values, lastDs, exogNames, exog, staticNames, statics);
    }

    private SeriesSet(String[] ids, float[][] values, long[] lastDs, List<String> exogNames, float[][][] exog,
            List<String> staticNames, float[][] statics) {
        this.ids = ids;
        this.values = values;
        this.lastDs = lastDs;
        this.exogNames = List.copyOf(exogNames);
        this.exog = exog;
        this.staticNames = List.copyOf(staticNames);
        this.statics = statics;
    }

    /**
     * The series of {@code frame} with its exogenous columns {@code exogNames}.
     *
     * @throws IllegalArgumentException naming the series and row of a value beyond float range, or a
     *     column the frame does not have
     */
    static SeriesSet of(TimeSeriesFrame frame, List<String> exogNames, StaticFeatures staticFeatures,
            List<String> staticNames) {
        for (String name : staticNames) {
            if (!staticFeatures.names().contains(name)) {
                throw new IllegalArgumentException("a model reads static feature '" + name + "', which the static"
                        + " features do not have (they have " + staticFeatures.names() + ")");
            }
        }
        for (String name : exogNames) {
            if (!frame.exogNames().contains(name)) {
                throw new IllegalArgumentException("a model reads exogenous column '" + name + "', which the frame"
                        + " does not have (it has " + frame.exogNames() + ")");
            }
        }
        int n = frame.seriesCount();
        String[] ids = new String[n];
        float[][] values = new float[n][];
        long[] lastDs = new long[n];
        float[][][] exog = new float[n][exogNames.size()][];
        for (int s = 0; s < n; s++) {
            ids[s] = frame.id(s);
            values[s] = floats(frame.y(s), ids[s], "y");
            for (int c = 0; c < exogNames.size(); c++) {
                exog[s][c] = floats(frame.exog(exogNames.get(c), s), ids[s], exogNames.get(c));
            }
            lastDs[s] = frame.ds(s).get(values[s].length - 1);
        }
        float[][] statics = new float[n][staticNames.size()];
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < staticNames.size(); c++) {
                statics[s][c] = (float) staticFeatures.value(ids[s], staticNames.get(c));
            }
        }
        return new SeriesSet(ids, values, lastDs, exogNames, exog, staticNames, statics);
    }

    private static float[] floats(DoubleBuffer column, String id, String name) {
        float[] v = new float[column.remaining()];
        for (int i = 0; i < v.length; i++) {
            double d = column.get(i);
            if (!Double.isFinite(d) || Math.abs(d) > Float.MAX_VALUE) {
                throw new IllegalArgumentException("series " + id + " has " + name + " = " + d + " at its row " + (i + 1)
                        + "; models need finite float values");
            }
            v[i] = (float) d;
        }
        return v;
    }

    /**
     * Per series, the columns {@code names} in that order ({@code [series][column]}), for a model's
     * exogenous list; the arrays are shared, not copied.
     */
    float[][][] select(List<String> names) {
        int[] index = new int[names.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = exogNames.indexOf(names.get(c));
            if (index[c] < 0) {
                throw new IllegalArgumentException("exogenous column '" + names.get(c) + "' is not in the data (it has "
                        + exogNames + ")");
            }
        }
        float[][][] result = new float[ids.length][index.length][];
        for (int s = 0; s < ids.length; s++) {
            for (int c = 0; c < index.length; c++) {
                result[s][c] = exog[s][index[c]];
            }
        }
        return result;
    }

    /**
     * These series with {@code steps} future values appended to each of the exogenous columns
     * {@code names}, taken from {@code future} (rows continuing each series at {@code freq}).
     *
     * @throws IllegalArgumentException naming the series if {@code future} lacks it, a column, or a
     *     step, or its timestamps do not continue the series
     */
    SeriesSet withFuture(TimeSeriesFrame future, List<String> names, Frequency freq, int steps) {
        for (String name : names) {
            if (!future.exogNames().contains(name)) {
                throw new IllegalArgumentException("the future frame has no column '" + name + "' (it has "
                        + future.exogNames() + ")");
            }
        }
        float[][][] extended = new float[ids.length][][];
        for (int s = 0; s < ids.length; s++) {
            int f = future.indexOf(ids[s]);
            if (f < 0 || future.length(f) < steps) {
                throw new IllegalArgumentException("the future frame has " + (f < 0 ? "no rows" : future.length(f)
                        + " rows") + " for series " + ids[s] + "; it needs the next " + steps);
            }
            java.nio.LongBuffer ds = future.ds(f);
            for (int j = 0; j < steps; j++) {
                long expected = freq.plus(lastDs[s], j + 1);
                if (ds.get(j) != expected) {
                    throw new IllegalArgumentException("the future frame's row " + (j + 1) + " of series " + ids[s]
                            + " is at ds " + future.dsKind().format(ds.get(j)) + "; expected "
                            + future.dsKind().format(expected));
                }
            }
            extended[s] = exog[s].clone();
            for (int c = 0; c < exogNames.size(); c++) {
                if (names.contains(exogNames.get(c))) {
                    float[] values = java.util.Arrays.copyOf(exog[s][c], values(s).length + steps);
                    float[] ahead = floats(future.exog(exogNames.get(c), f), ids[s], exogNames.get(c));
                    System.arraycopy(ahead, 0, values, values(s).length, steps);
                    extended[s][c] = values;
                }
            }
        }
        return new SeriesSet(ids, values, lastDs, exogNames, extended, staticNames, statics);
    }

    /** Per series, the static features {@code names} in that order ({@code [series][feature]}). */
    float[][] selectStatics(List<String> names) {
        float[][] result = new float[ids.length][names.size()];
        for (int c = 0; c < names.size(); c++) {
            int index = staticNames.indexOf(names.get(c));
            if (index < 0) {
                throw new IllegalArgumentException("static feature '" + names.get(c) + "' is not in the data (it has "
                        + staticNames + ")");
            }
            for (int s = 0; s < ids.length; s++) {
                result[s][c] = statics[s][index];
            }
        }
        return result;
    }

    List<String> staticNames() {
        return staticNames;
    }

    float[] statics(int series) {
        return statics[series];
    }

    /** The exogenous columns held, in order. */
    List<String> exogNames() {
        return exogNames;
    }

    /** Exogenous column {@code column} (an index into {@link #exogNames()}) of {@code series}. */
    float[] exog(int series, int column) {
        return exog[series][column];
    }

    /**
     * The same series without their last {@code drop} values (what cross-validation trains on), or
     * null if a series would have none left; {@code freq} steps the last timestamps back. The
     * exogenous columns {@code ahead} keep {@code steps} more values: the future a forecast from the
     * new end may read.
     */
    SeriesSet withoutLast(int drop, Frequency freq, List<String> ahead, int steps) {
        float[][] cut = new float[values.length][];
        long[] last = new long[values.length];
        float[][][] cutExog = new float[values.length][exogNames.size()][];
        for (int s = 0; s < values.length; s++) {
            if (values[s].length <= drop) {
                return null;
            }
            int keep = values[s].length - drop;
            cut[s] = java.util.Arrays.copyOf(values[s], keep);
            for (int c = 0; c < exogNames.size(); c++) {
                int length = ahead.contains(exogNames.get(c)) ? Math.min(exog[s][c].length, keep + steps) : keep;
                cutExog[s][c] = java.util.Arrays.copyOf(exog[s][c], length);
            }
            last[s] = freq.plus(lastDs[s], -drop);
        }
        return new SeriesSet(ids, cut, last, exogNames, cutExog, staticNames, statics);
    }

    int count() {
        return ids.length;
    }

    String id(int series) {
        return ids[series];
    }

    int length(int series) {
        return values[series].length;
    }

    float[] values(int series) {
        return values[series];
    }

    long lastDs(int series) {
        return lastDs[series];
    }
}
