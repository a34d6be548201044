package dev.zenneural.dataframes;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;

/**
 * {@link TimeSeriesFrame}s in and out of Arrow IPC, file and stream ({@link ArrowIpcFormat}), and
 * forecasts out, as pandas, polars, DuckDB or Spark read and write them.
 *
 * <p>Reading takes uncompressed, LZ4-frame and zstd record batches; {@code unique_id} as utf8, large_utf8 or a dictionary of them (pandas'
 * categoricals); {@code ds} as date32, date64 or timestamp of any unit, with or without a zone
 * (whole days; with a zone, the date on its clock), giving dates, or as a signed integer, giving
 * indices; {@code y} as float64, float32 or an integer type; every other numeric column becomes an
 * exogenous column, and other columns (and pandas' {@code __index_level_0__}) are ignored. Values are decoded column-wise, a record batch at
 * a time, with no object per row. Any problem is a {@link FrameFormatException} naming the file,
 * the column and what was expected.
 *
 * <p>Writing: {@code unique_id} utf8, {@code ds} date32 or int64 (as the frame's kind), float64
 * values, in record batches of {@value #DEFAULT_BATCH_ROWS} rows, atomically (the old file stays
 * until the new one is whole). Forecasts get neuralforecast's columns: {@code unique_id}, {@code ds},
 * {@code cutoff} where cross-validation made them, then one column per model output.
 *
 * <p>Memory: each call takes a child of the given allocator, or of {@link ArrowMemory#root()}, and
 * closes it before it returns; closing fails loudly if a buffer leaked. The JVM needs
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} for Arrow's memory module.
 */
public final class ArrowFrameFiles {

    /** Rows per record batch: large enough to amortise batch overhead, small enough to bound memory. */
    public static final int DEFAULT_BATCH_ROWS = 1 << 16;

    private static final byte[] FILE_MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
    private static final int STREAM_CONTINUATION = 0xFFFFFFFF;
    /** LZ4-frame and zstd record batches (pandas' to_feather writes LZ4 unless told otherwise). */
    private static final CompressionCodec.Factory CODECS = CommonsCompressionFactory.INSTANCE;

    private ArrowFrameFiles() {
    }

    /**
     * Reads the frame in {@code path}, an Arrow IPC file or stream (told apart by its first bytes,
     * whatever the name), with memory from {@link ArrowMemory#root()}.
     *
     * @throws FrameFormatException if the file is not Arrow IPC or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path) throws IOException {
        return read(path, ArrowMemory.root());
    }

    /**
     * Reads the frame in {@code path} with memory from {@code allocator}, all of it released on return.
     *
     * @throws FrameFormatException if the file is not Arrow IPC or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path, BufferAllocator allocator) throws IOException {
        ArrowMemory.requireJvmFlag();
        String source = path.toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                BufferAllocator child = allocator.newChildAllocator("zen-arrow-read", 0, allocator.getLimit())) {
            ArrowIpcFormat format = sniff(channel, source);
            if (format == ArrowIpcFormat.FILE) {
                try (ArrowFileReader reader = new ArrowFileReader(channel, child, CODECS)) {
                    return decode(reader, () -> IpcFileRows.count(reader, channel), source, "a complete Arrow IPC file",
                            allocator);
                }
            }
            try (ArrowReader reader = new ArrowStreamReader(channel, child, CODECS)) {
                return decode(reader, RowCount.UNKNOWN, source, "a complete Arrow IPC stream", allocator);
            }
        }
    }

    /**
     * Reads an Arrow IPC stream from {@code in}, which stays open.
     *
     * @param source what error messages call the input
     * @throws FrameFormatException if the stream is not Arrow IPC or does not hold a valid frame
     */
    public static TimeSeriesFrame readStream(InputStream in, String source, BufferAllocator allocator)
            throws IOException {
        ArrowMemory.requireJvmFlag();
        try (BufferAllocator child = allocator.newChildAllocator("zen-arrow-read", 0, allocator.getLimit());
                ArrowReader reader = new ArrowStreamReader(in, child, CODECS) {
                    @Override
                    protected void closeReadSource() {
                        // The caller owns the stream.
                    }
                }) {
            return decode(reader, RowCount.UNKNOWN, source, "a complete Arrow IPC stream", allocator);
        }
    }

    /** Writes {@code frame} to {@code path} in the layout its name implies ({@link ArrowIpcFormat#of}). */
    public static void write(TimeSeriesFrame frame, Path path) throws IOException {
        write(frame, path, ArrowIpcFormat.of(path), ArrowMemory.root());
    }

    /** Writes {@code frame} to {@code path} with memory from {@code allocator}, all of it released on return. */
    public static void write(TimeSeriesFrame frame, Path path, ArrowIpcFormat format, BufferAllocator allocator)
            throws IOException {
        writeTable(FrameToArrow.table(frame), path, format, allocator, DEFAULT_BATCH_ROWS);
    }

    /** Writes {@code frame} as an Arrow IPC stream to {@code out}, which is flushed but stays open. */
    public static void writeStream(TimeSeriesFrame frame, OutputStream out, BufferAllocator allocator)
            throws IOException {
        ArrowMemory.requireJvmFlag();
        WritableByteChannel channel = Channels.newChannel(out);
        try (BufferAllocator child = allocator.newChildAllocator("zen-arrow-write", 0, allocator.getLimit())) {
            ArrowTable table = FrameToArrow.table(frame);
            try (VectorSchemaRoot root = VectorSchemaRoot.create(table.schema(), child);
                    ArrowWriter writer = new ArrowStreamWriter(root, null, channel)) {
                BatchWriter.write(root, writer, table.fills(), table.rowCount(), DEFAULT_BATCH_ROWS);
            }
        }
        out.flush();
    }

    /** Writes forecasts to {@code path} in the layout its name implies, with memory from {@link ArrowMemory#root()}. */
    public static void writeForecasts(ForecastFrame forecasts, Path path) throws IOException {
        writeForecasts(forecasts, path, ArrowIpcFormat.of(path), ArrowMemory.root());
    }

    /** Writes forecasts to {@code path} with memory from {@code allocator}, all of it released on return. */
    public static void writeForecasts(ForecastFrame forecasts, Path path, ArrowIpcFormat format,
            BufferAllocator allocator) throws IOException {
        writeTable(ForecastToArrow.table(forecasts), path, format, allocator, DEFAULT_BATCH_ROWS);
    }

    static void writeTable(ArrowTable table, Path path, ArrowIpcFormat format, BufferAllocator allocator,
            int batchRows) throws IOException {
        ArrowMemory.requireJvmFlag();
        AtomicFiles.write(path, temporary -> {
            try (BufferAllocator child = allocator.newChildAllocator("zen-arrow-write", 0, allocator.getLimit());
                    VectorSchemaRoot root = VectorSchemaRoot.create(table.schema(), child);
                    FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    ArrowWriter writer = format == ArrowIpcFormat.FILE ? new ArrowFileWriter(root, null, channel)
                            : new ArrowStreamWriter(root, null, channel)) {
                BatchWriter.write(root, writer, table.fills(), table.rowCount(), batchRows);
            }
        });
    }

    /**
     * Decodes every batch; Arrow's own errors about the bytes become one message naming the source:
     * "not {@code expected} (Arrow's reason)".
     */
    static TimeSeriesFrame decode(ArrowReader reader, RowCount rows, String source, String expected,
            BufferAllocator allocator) throws IOException {
        try {
            return new ArrowToFrame(source).read(reader, rows.count());
        } catch (FrameFormatException e) {
            throw e;
        } catch (OutOfMemoryException e) {
            throw new FrameFormatException(source, "a record batch needs more than the Arrow memory limit of "
                    + allocator.getLimit() + " bytes (raise it with -D" + ArrowMemory.LIMIT_PROPERTY + ")", e);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FrameFormatException(source, "not " + expected + " (" + reason + ")", e);
        }
    }

    /**
     * The layout by the first bytes: a file starts with "ARROW1", a stream (Arrow 0.15 and later) with
     * the continuation marker 0xFFFFFFFF. Anything else is refused before Arrow would take its first
     * bytes for a message length and try to read that much.
     */
    private static ArrowIpcFormat sniff(FileChannel channel, String source) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(FILE_MAGIC.length);
        while (head.hasRemaining() && channel.read(head) >= 0) {
            // Short reads are legal; loop until full or end of file.
        }
        channel.position(0);
        head.flip();
        if (head.remaining() == FILE_MAGIC.length && head.equals(ByteBuffer.wrap(FILE_MAGIC))) {
            return ArrowIpcFormat.FILE;
        }
        if (head.remaining() >= 4 && head.getInt(0) == STREAM_CONTINUATION) {
            requireEndOfStream(channel, source);
            return ArrowIpcFormat.STREAM;
        }
        throw new FrameFormatException(source, "not an Arrow IPC file or stream (expected it to start with"
                + " \"ARROW1\" or the stream marker 0xFFFFFFFF; " + (head.remaining() == 0 ? "the file is empty"
                : "it starts with " + hex(head)) + ")");
    }

    /**
     * Arrow's stream reader takes a clean end of input between two messages for the end of the
     * stream, so a stream file cut at a batch boundary would read as a shorter frame. Writers close a
     * stream with the end-of-stream marker (0xFFFFFFFF then a zero length); a file without it is
     * refused.
     */
    private static void requireEndOfStream(FileChannel channel, String source) throws IOException {
        long size = channel.size();
        ByteBuffer tail = ByteBuffer.allocate(8);
        if (size >= 8) {
            channel.position(size - 8);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // Short reads are legal.
            }
            channel.position(0);
        }
        if (tail.hasRemaining() || tail.getInt(0) != STREAM_CONTINUATION || tail.getInt(4) != 0) {
            throw new FrameFormatException(source, "not a complete Arrow IPC stream (it does not end with the"
                    + " end-of-stream marker 0xFFFFFFFF00000000: cut short, or its writer was not closed)");
        }
    }

    private static String hex(ByteBuffer bytes) {
        StringBuilder s = new StringBuilder("0x");
        for (int i = 0; i < bytes.remaining(); i++) {
            s.append(String.format(java.util.Locale.ROOT, "%02X", bytes.get(i)));
        }
        return s.toString();
    }
}
