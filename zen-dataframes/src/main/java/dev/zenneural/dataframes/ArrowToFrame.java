package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.FrameValidationException;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Reads the record batches of any {@link ArrowReader} (IPC file, IPC stream, a Parquet scan) into a
 * frame. Each batch is decoded column by column into reused primitive arrays ({@link DsColumn},
 * {@link ValueColumn}); then its rows go to the frame builder, which checks the frame's rules
 * (contiguous series, increasing {@code ds}, finite values) as they arrive. Nothing is allocated per
 * row: ids come from {@link IdColumn} once per series run.
 */
final class ArrowToFrame {

    private final String source;
    private long firstRowOfBatch;
    private long[] ds = new long[0];
    private double[] y = new double[0];
    private double[][] exog;
    private double[] exogRow;

    ArrowToFrame(String source) {
        this.source = source;
    }

    /**
     * Reads every batch of {@code reader}; its schema must make a frame ({@link FrameColumns}).
     *
     * @param expectedRows the rows the batches hold in all, or a negative number if unknown
     */
    TimeSeriesFrame read(ArrowReader reader, long expectedRows) throws IOException {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        FrameColumns columns = FrameColumns.of(root.getSchema(), reader, source);
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(columns.kind(), columns.exogNames);
        if (expectedRows >= 0 && expectedRows <= Integer.MAX_VALUE) {
            builder.expectRows((int) expectedRows);
        }
        exog = new double[columns.exogNames.size()][0];
        exogRow = new double[exog.length];
        // The reader loads every batch into these same vectors.
        FieldVector ids = root.getVector(FrameArrowSchema.ID);
        FieldVector dsVector = root.getVector(FrameArrowSchema.DS);
        FieldVector yVector = root.getVector(FrameArrowSchema.Y);
        List<FieldVector> exogVectors = columns.exogNames.stream().map(root::getVector).toList();
        while (reader.loadNextBatch()) {
            int rows = root.getRowCount();
            ensureCapacity(rows);
            requireNoNulls(ids, FrameArrowSchema.ID, rows);
            requireNoNulls(dsVector, FrameArrowSchema.DS, rows);
            requireNoNulls(yVector, FrameArrowSchema.Y, rows);
            columns.ds.decode(dsVector, rows, ds, firstRowOfBatch);
            ValueColumn.decode(yVector, rows, y);
            for (int c = 0; c < exog.length; c++) {
                FieldVector vector = exogVectors.get(c);
                requireNoNulls(vector, columns.exogNames.get(c), rows);
                ValueColumn.decode(vector, rows, exog[c]);
            }
            columns.id.bind(ids, reader);
            addRows(builder, columns.id, rows);
            firstRowOfBatch += rows;
        }
        return builder.build();
    }

    private void addRows(TimeSeriesFrameBuilder builder, IdColumn ids, int rows) {
        try {
            for (int i = 0; i < rows; i++) {
                String id = ids.at(i);
                if (exog.length == 0) {
                    builder.add(id, ds[i], y[i]);
                } else {
                    for (int c = 0; c < exog.length; c++) {
                        exogRow[c] = exog[c][i];
                    }
                    builder.add(id, ds[i], y[i], exogRow);
                }
            }
        } catch (FrameValidationException e) {
            throw new FrameFormatException(source, e.getMessage(), e);
        }
    }

    private void ensureCapacity(int rows) {
        if (ds.length < rows) {
            ds = new long[rows];
            y = new double[rows];
            for (int c = 0; c < exog.length; c++) {
                exog[c] = new double[rows];
            }
        }
    }

    private void requireNoNulls(FieldVector vector, String column, int rows) {
        if (vector.getNullCount() == 0) {
            return;
        }
        for (int i = 0; i < rows; i++) {
            if (vector.isNull(i)) {
                throw new FrameFormatException(source, "row " + (firstRowOfBatch + i) + ": column '" + column
                        + "': expected a value, got null" + (column.equals(FrameArrowSchema.Y)
                        ? " (missing values are not supported)" : ""));
            }
        }
    }
}
