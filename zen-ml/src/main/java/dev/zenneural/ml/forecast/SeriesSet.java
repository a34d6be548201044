package dev.zenneural.ml.forecast;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.nio.DoubleBuffer;

/**
 * The values of a frame's series as float arrays (what the networks compute in), with each
 * series' id and last timestamp. Immutable after construction; the arrays are not exposed.
 */
final class SeriesSet {

    private final String[] ids;
    private final float[][] values;
    private final long[] lastDs;

    /** Series as saved: ids, values and last timestamps (arrays taken over, not copied). */
    static SeriesSet of(String[] ids, float[][] values, long[] lastDs) {
        return new SeriesSet(ids, values, lastDs);
    }

    private SeriesSet(String[] ids, float[][] values, long[] lastDs) {
        this.ids = ids;
        this.values = values;
        this.lastDs = lastDs;
    }

    /**
     * The series of {@code frame}.
     *
     * @throws IllegalArgumentException naming the series and row of a value that is not finite
     */
    static SeriesSet of(TimeSeriesFrame frame) {
        int n = frame.seriesCount();
        String[] ids = new String[n];
        float[][] values = new float[n][];
        long[] lastDs = new long[n];
        for (int s = 0; s < n; s++) {
            ids[s] = frame.id(s);
            DoubleBuffer y = frame.y(s);
            float[] v = new float[y.remaining()];
            for (int i = 0; i < v.length; i++) {
                double d = y.get(i);
                if (!Double.isFinite(d) || Math.abs(d) > Float.MAX_VALUE) {
                    throw new IllegalArgumentException("series " + ids[s] + " has y = " + d + " at its row " + (i + 1)
                            + "; models need finite values");
                }
                v[i] = (float) d;
            }
            values[s] = v;
            lastDs[s] = frame.ds(s).get(v.length - 1);
        }
        return new SeriesSet(ids, values, lastDs);
    }

    /**
     * The same series without their last {@code drop} values (what cross-validation trains on), or
     * null if a series would have none left; {@code freq} steps the last timestamps back.
     */
    SeriesSet withoutLast(int drop, Frequency freq) {
        float[][] cut = new float[values.length][];
        long[] last = new long[values.length];
        for (int s = 0; s < values.length; s++) {
            if (values[s].length <= drop) {
                return null;
            }
            cut[s] = java.util.Arrays.copyOf(values[s], values[s].length - drop);
            last[s] = freq.plus(lastDs[s], -drop);
        }
        return new SeriesSet(ids, cut, last);
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
