package dev.zenneural.dataframes;

import java.io.IOException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An {@link ArrowTable} as an {@link ArrowReader}, batch by batch, for consumers that pull batches
 * (Arrow's dataset writer, which makes Parquet): no intermediate IPC bytes.
 */
final class TableReader extends ArrowReader {

    private final ArrowTable table;
    private final int batchRows;
    private int next;

    TableReader(ArrowTable table, int batchRows, BufferAllocator allocator) {
        super(allocator);
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        this.table = table;
        this.batchRows = batchRows;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        prepareLoadNextBatch();
        if (next >= table.rowCount()) {
            return false;
        }
        VectorSchemaRoot root = getVectorSchemaRoot();
        int rows = Math.min(batchRows, table.rowCount() - next);
        for (int c = 0; c < table.fills().size(); c++) {
            table.fills().get(c).fill(root.getVector(c), next, rows);
        }
        root.setRowCount(rows);
        next += rows;
        return true;
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    protected void closeReadSource() {
        // Nothing was opened: the table lives on the heap.
    }

    @Override
    protected Schema readSchema() {
        return table.schema();
    }
}
