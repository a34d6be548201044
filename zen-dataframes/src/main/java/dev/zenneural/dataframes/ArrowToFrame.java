package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.FrameValidationException;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.ByteFunctionHelpers;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.InvalidArrowFileException;

/**
 * Reads an Arrow IPC file into a frame, batch by batch, column by column. Series boundaries are
 * found by comparing the {@code unique_id} bytes of neighbouring rows in Arrow memory, so a String is
 * made per series (and per batch), never per row. The frame's own rules (contiguous series,
 * increasing {@code ds}, finite {@code y}) are checked as rows arrive.
 */
final class ArrowToFrame {

    private final String source;
    private TimeSeriesFrameBuilder builder;
    private String currentId;
    private long firstRowOfBatch;

    ArrowToFrame(String source) {
        this.source = source;
    }

    TimeSeriesFrame read(Path path, BufferAllocator allocator) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            DsKind kind = FrameArrowSchema.kindOf(root.getSchema(), source);
            builder = TimeSeriesFrame.builder(kind);
            // The reader loads every batch into these same vectors.
            VarCharVector ids = (VarCharVector) root.getVector(FrameArrowSchema.ID);
            FieldVector ds = root.getVector(FrameArrowSchema.DS);
            Float8Vector y = (Float8Vector) root.getVector(FrameArrowSchema.Y);
            while (reader.loadNextBatch()) {
                int rows = root.getRowCount();
                requireNoNulls(ids, FrameArrowSchema.ID, rows);
                requireNoNulls(ds, FrameArrowSchema.DS, rows);
                requireNoNulls(y, FrameArrowSchema.Y, rows);
                if (kind == DsKind.DATE) {
                    addBatch(ids, (DateDayVector) ds, null, y, rows);
                } else {
                    addBatch(ids, null, (BigIntVector) ds, y, rows);
                }
                firstRowOfBatch += rows;
            }
            return builder.build();
        } catch (InvalidArrowFileException e) {
            throw new FrameFormatException(source, "not an Arrow IPC file (" + e.getMessage() + ")", e);
        }
    }

    private void addBatch(VarCharVector ids, DateDayVector dates, BigIntVector indices, Float8Vector y, int rows) {
        ArrowBuf idData = ids.getDataBuffer();
        long previousStart = 0;
        long previousEnd = 0;
        for (int i = 0; i < rows; i++) {
            long start = ids.getStartOffset(i);
            long end = ids.getEndOffset(i);
            if (i == 0) {
                // The previous batch's bytes are gone: compare as Strings, once per batch.
                String id = new String(ids.get(i), StandardCharsets.UTF_8);
                if (!id.equals(currentId)) {
                    currentId = id;
                }
            } else if (ByteFunctionHelpers.equal(idData, previousStart, previousEnd, idData, start, end) == 0) {
                currentId = new String(ids.get(i), StandardCharsets.UTF_8);
            }
            previousStart = start;
            previousEnd = end;
            long ds = dates != null ? dates.get(i) : indices.get(i);
            try {
                builder.add(currentId, ds, y.get(i));
            } catch (FrameValidationException e) {
                throw new FrameFormatException(source, e.getMessage(), e);
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
                        + "': expected a value, got null");
            }
        }
    }
}
