package dev.zenneural.dataframes;

import java.io.IOException;

/** How many rows a reader's batches hold in all, where the format says so before they are read. */
@FunctionalInterface
interface RowCount {

    /** For formats that do not say (IPC streams, Parquet scans). */
    RowCount UNKNOWN = () -> -1;

    /** The row count, or a negative number if unknown. */
    long count() throws IOException;
}
