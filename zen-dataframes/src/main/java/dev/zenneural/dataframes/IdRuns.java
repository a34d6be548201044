package dev.zenneural.dataframes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * A {@code unique_id} column as runs of equal ids, each encoded to UTF-8 once: a frame's series, or
 * the series blocks of a forecast. Rows repeat their run's bytes when a batch is filled.
 */
final class IdRuns implements ColumnFill {

    private final String[] ids;
    private final byte[][] bytes;
    /** {@code ends[r]} is one past the last row of run {@code r}. */
    private final int[] ends;

    IdRuns(String[] ids, int[] ends) {
        this.ids = ids;
        this.ends = ends;
        this.bytes = new byte[ids.length][];
        for (int r = 0; r < ids.length; r++) {
            bytes[r] = ids[r].getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The id of {@code row}, for messages. */
    String idOf(int row) {
        return ids[run(row)];
    }

    @Override
    public void fill(FieldVector vector, int from, int rows) {
        VarCharVector out = (VarCharVector) vector;
        int to = from + rows;
        int first = run(from);
        long size = 0;
        for (int r = first, row = from; row < to; r++) {
            int end = Math.min(to, ends[r]);
            size += (long) bytes[r].length * (end - row);
            row = end;
        }
        out.allocateNew(size, rows);
        for (int r = first, row = from; row < to; r++) {
            int end = Math.min(to, ends[r]);
            for (; row < end; row++) {
                out.set(row - from, bytes[r]);
            }
        }
    }

    private int run(int row) {
        int found = Arrays.binarySearch(ends, row + 1);
        // An exact hit is the run ending right after row; otherwise the insertion point is row's run.
        return found >= 0 ? found : -found - 1;
    }
}
