package dev.zenneural.dataframes;

import org.apache.arrow.vector.FieldVector;

/** Copies rows [from, from + rows) of one column of a frame into the Arrow vector of a batch. */
@FunctionalInterface
interface ColumnFill {

    /** Allocates {@code vector} for {@code rows} values and sets them; the caller sets the row count. */
    void fill(FieldVector vector, int from, int rows);
}
