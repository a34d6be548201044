package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import java.nio.LongBuffer;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** What a writer needs of a frame or a forecast: the schema, a fill per field, the row count. */
record ArrowTable(Schema schema, List<ColumnFill> fills, int rowCount) {

    /** The fill of a {@code ds} (or {@code cutoff}) column, after checking that date32 can hold every day. */
    static ColumnFill dsFill(DsKind kind, LongBuffer ds, IdRuns ids) {
        if (kind == DsKind.INDEX) {
            return NumberFills.int64(ds);
        }
        for (int row = 0; row < ds.limit(); row++) {
            long day = ds.get(row);
            if (day != (int) day) {
                throw new IllegalArgumentException("series '" + ids.idOf(row) + "', row " + row + ": ds "
                        + DsKind.DATE.format(day) + " is outside the days an Arrow date32 can hold");
            }
        }
        return NumberFills.date32(ds);
    }
}
