package dev.zenneural.dataframes;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * {@link TimeSeriesFrame}s in and out of Arrow IPC files (the random-access "file" format, what
 * pyarrow's {@code pa.ipc.open_file} and {@code pd.read_feather} read): columns {@code unique_id}
 * utf8, {@code ds} date32 for {@link dev.zenneural.ml.frame.DsKind#DATE} or int64 for
 * {@link dev.zenneural.ml.frame.DsKind#INDEX}, {@code y} float64. Reading ignores extra columns.
 *
 * <p>Off-heap memory comes from a child of the given allocator (or a root allocator of the call's
 * own), closed before the call returns: closing it fails loudly if any buffer leaked. Writes are
 * atomic, like every file write of the stack.
 */
public final class ArrowFrameFiles {

    /** Rows per record batch: large enough to amortise batch overhead, small enough to bound memory. */
    static final int DEFAULT_BATCH_ROWS = 1 << 16;

    private ArrowFrameFiles() {
    }

    /** Writes {@code frame} to {@code path} with memory of the call's own. */
    public static void write(TimeSeriesFrame frame, Path path) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            write(frame, path, allocator);
        }
    }

    /** Writes {@code frame} to {@code path} with memory from {@code allocator}, all of it released on return. */
    public static void write(TimeSeriesFrame frame, Path path, BufferAllocator allocator) throws IOException {
        write(frame, path, allocator, DEFAULT_BATCH_ROWS);
    }

    static void write(TimeSeriesFrame frame, Path path, BufferAllocator allocator, int batchRows)
            throws IOException {
        FrameToArrow writer = new FrameToArrow(frame, batchRows);
        AtomicFiles.write(path, temporary -> {
            try (BufferAllocator child = allocator.newChildAllocator("zen-arrow-write", 0, Long.MAX_VALUE)) {
                writer.write(temporary, child);
            }
        });
    }

    /**
     * Reads the frame in {@code path} with memory of the call's own.
     *
     * @throws FrameFormatException if the file is not Arrow IPC or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            return read(path, allocator);
        }
    }

    /**
     * Reads the frame in {@code path} with memory from {@code allocator}, all of it released on return.
     *
     * @throws FrameFormatException if the file is not Arrow IPC or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path, BufferAllocator allocator) throws IOException {
        try (BufferAllocator child = allocator.newChildAllocator("zen-arrow-read", 0, Long.MAX_VALUE)) {
            return new ArrowToFrame(path.toString()).read(path, child);
        }
    }
}
