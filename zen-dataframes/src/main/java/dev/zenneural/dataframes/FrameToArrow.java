package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;

/**
 * Writes a frame as an Arrow IPC file, in record batches of at most {@code batchRows} rows so that
 * the off-heap memory stays bounded however large the frame is.
 */
final class FrameToArrow {

    private final TimeSeriesFrame frame;
    private final int batchRows;
    private final byte[][] idBytes;
    private final LongBuffer ds;
    private final DoubleBuffer y;

    FrameToArrow(TimeSeriesFrame frame, int batchRows) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        this.frame = frame;
        this.batchRows = batchRows;
        this.ds = frame.dsColumn();
        this.y = frame.yColumn();
        // Encoded once per series; rows repeat the same bytes.
        this.idBytes = new byte[frame.seriesCount()][];
        for (int s = 0; s < idBytes.length; s++) {
            idBytes[s] = frame.id(s).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes the whole file to {@code path}, which must not exist yet. */
    void write(Path path, BufferAllocator allocator) throws IOException {
        try (VectorSchemaRoot root = VectorSchemaRoot.create(FrameArrowSchema.of(frame.dsKind()), allocator);
                FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, channel)) {
            writer.start();
            int series = 0;
            for (int from = 0; from < frame.rowCount(); from += batchRows) {
                int to = (int) Math.min((long) from + batchRows, frame.rowCount());
                series = fill(root, from, to, series);
                writer.writeBatch();
            }
            writer.end();
        }
    }

    /** Fills {@code root} with rows [from, to); returns the series that row {@code to} belongs to. */
    private int fill(VectorSchemaRoot root, int from, int to, int firstSeries) {
        int rows = to - from;
        VarCharVector ids = (VarCharVector) root.getVector(FrameArrowSchema.ID);
        Float8Vector values = (Float8Vector) root.getVector(FrameArrowSchema.Y);
        // Exactly one of the two is used, as the frame's kind says.
        BigIntVector indices = frame.dsKind() == DsKind.INDEX ? (BigIntVector) root.getVector(FrameArrowSchema.DS) : null;
        DateDayVector dates = indices == null ? (DateDayVector) root.getVector(FrameArrowSchema.DS) : null;
        ids.allocateNew(idByteCount(from, to, firstSeries), rows);
        values.allocateNew(rows);
        if (indices != null) {
            indices.allocateNew(rows);
        } else {
            dates.allocateNew(rows);
        }
        int series = firstSeries;
        for (int row = from; row < to; ) {
            int segmentEnd = Math.min(to, end(series));
            for (; row < segmentEnd; row++) {
                int i = row - from;
                ids.setSafe(i, idBytes[series]);
                if (indices != null) {
                    indices.set(i, ds.get(row));
                } else {
                    dates.set(i, date32(series, row));
                }
                values.set(i, y.get(row));
            }
            if (row == end(series)) {
                series++;
            }
        }
        root.setRowCount(rows);
        return series;
    }

    private int date32(int series, int row) {
        long day = ds.get(row);
        if (day != (int) day) {
            throw new IllegalArgumentException("series '" + frame.id(series) + "', row " + row + ": ds "
                    + DsKind.DATE.format(day) + " is outside the days an Arrow date32 can hold");
        }
        return (int) day;
    }

    private long idByteCount(int from, int to, int firstSeries) {
        long bytes = 0;
        for (int s = firstSeries, row = from; row < to; s++) {
            int segmentEnd = Math.min(to, end(s));
            bytes += (long) idBytes[s].length * (segmentEnd - row);
            row = segmentEnd;
        }
        return bytes;
    }

    private int end(int series) {
        return frame.start(series) + frame.length(series);
    }
}
