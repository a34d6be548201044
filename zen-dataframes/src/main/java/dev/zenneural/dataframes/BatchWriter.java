package dev.zenneural.dataframes;

import java.io.IOException;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowWriter;

/**
 * Writes columns through an {@link ArrowWriter} (IPC file or stream) in record batches of at most
 * {@code batchRows} rows, so the off-heap memory stays bounded however many rows there are. The
 * vectors of {@code root} are refilled for every batch.
 */
final class BatchWriter {

    private BatchWriter() {
    }

    /** Writes {@code rowCount} rows; {@code fills} has one entry per field of {@code root}, in order. */
    static void write(VectorSchemaRoot root, ArrowWriter writer, List<ColumnFill> fills, int rowCount, int batchRows)
            throws IOException {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        writer.start();
        for (int from = 0; from < rowCount; from += batchRows) {
            int rows = Math.min(batchRows, rowCount - from);
            for (int c = 0; c < fills.size(); c++) {
                fills.get(c).fill(root.getVector(c), from, rows);
            }
            root.setRowCount(rows);
            writer.writeBatch();
        }
        writer.end();
    }
}
