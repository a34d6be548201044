package dev.zenneural.dataframes;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.arrow.dataset.file.DatasetFileWriter;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeDataset;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.jni.NativeScanner;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@link TimeSeriesFrame}s in and out of Parquet files, through Arrow's C++ dataset library
 * ({@code arrow-dataset}, JNI; its jar carries the native library for Linux, macOS and Windows on
 * x86-64, and Linux and macOS on aarch64).
 *
 * <p>Reading projects the columns a frame needs ({@code unique_id}, {@code ds}, {@code y} and the
 * numeric extras, which become exogenous columns): other columns are never decoded. The types
 * accepted and the error messages are those of {@link ArrowFrameFiles}; a file that is not Parquet
 * is a {@link FrameFormatException} too. Batches cross from C++ to Java through Arrow's C data
 * interface into a child of the given allocator, closed before the call returns.
 *
 * <p>Writing goes through Arrow's dataset writer (one file, its default settings: uncompressed, which
 * the Java API of arrow-dataset 18.3.0 offers no way to change), into a fresh directory beside the
 * target, then renamed over it: the old file stays until the new one is whole.
 */
public final class ParquetFrameFiles {

    /** How long a write waits for C++ to give back the batches it was handed; see {@link #awaitReleased}. */
    private static final long RELEASE_WAIT_MS = 10_000;

    private ParquetFrameFiles() {
    }

    /**
     * Reads the frame in the Parquet file {@code path} with memory from {@link ArrowMemory#root()}.
     *
     * @throws FrameFormatException if the file is not Parquet or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path) throws IOException {
        return read(path, ArrowMemory.root());
    }

    /**
     * Reads the frame in the Parquet file {@code path} with memory from {@code allocator}, all of it
     * released on return.
     *
     * @throws FrameFormatException if the file is not Parquet or does not hold a valid frame
     */
    public static TimeSeriesFrame read(Path path, BufferAllocator allocator) throws IOException {
        ArrowMemory.requireJvmFlag();
        String source = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(source);
        }
        try (BufferAllocator child = allocator.newChildAllocator("zen-parquet-read", 0, allocator.getLimit());
                FileSystemDatasetFactory factory = open(child, path, source)) {
            Schema schema = inspect(factory, source);
            List<String> columns = FrameColumns.projection(schema, source);
            ScanOptions options = new ScanOptions(ArrowFrameFiles.DEFAULT_BATCH_ROWS,
                    Optional.of(columns.toArray(new String[0])));
            try (NativeDataset dataset = factory.finish();
                    NativeScanner scanner = dataset.newScan(options);
                    ArrowReader reader = scanner.scanBatches()) {
                return ArrowFrameFiles.decode(reader, RowCount.UNKNOWN, source, "a readable Parquet file", allocator);
            }
        }
    }

    /** Writes {@code frame} to {@code path} as Parquet, with memory from {@link ArrowMemory#root()}. */
    public static void write(TimeSeriesFrame frame, Path path) throws IOException {
        write(frame, path, ArrowMemory.root());
    }

    /** Writes {@code frame} to {@code path} as Parquet, with memory from {@code allocator}, all of it released on return. */
    public static void write(TimeSeriesFrame frame, Path path, BufferAllocator allocator) throws IOException {
        writeTable(FrameToArrow.table(frame), path, allocator);
    }

    /** Writes forecasts (neuralforecast's columns, as {@link ArrowFrameFiles#writeForecasts}) to {@code path} as Parquet. */
    public static void writeForecasts(ForecastFrame forecasts, Path path) throws IOException {
        writeForecasts(forecasts, path, ArrowMemory.root());
    }

    /** Writes forecasts to {@code path} as Parquet, with memory from {@code allocator}, all of it released on return. */
    public static void writeForecasts(ForecastFrame forecasts, Path path, BufferAllocator allocator)
            throws IOException {
        writeTable(ForecastToArrow.table(forecasts), path, allocator);
    }

    static void writeTable(ArrowTable table, Path path, BufferAllocator allocator) throws IOException {
        ArrowMemory.requireJvmFlag();
        AtomicFiles.write(path, temporary -> {
            // The dataset writer makes files inside a directory; it gets a fresh one beside the target.
            Path directory = Files.createTempDirectory(temporary.toAbsolutePath().getParent(), ".zen-parquet");
            try {
                try (BufferAllocator child = allocator.newChildAllocator("zen-parquet-write", 0, allocator.getLimit())) {
                    try (TableReader reader = new TableReader(table, ArrowFrameFiles.DEFAULT_BATCH_ROWS, child)) {
                        DatasetFileWriter.write(child, reader, FileFormat.PARQUET, directory.toUri().toString(),
                                new String[0], 1, "part-{i}.parquet");
                    }
                    awaitReleased(child);
                }
                Files.move(directory.resolve("part-0.parquet"), temporary, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                deleteTree(directory);
            }
        });
    }

    /**
     * Waits, briefly, until C++ has released the batches it was handed. The dataset writer returns
     * once the file is written, but releases the last exported batches on its own threads a few
     * milliseconds later (measured: always within 50 ms; see apache/arrow-java#1255), so closing the
     * allocator at once would report buffers that are about to come back as a leak. After
     * {@value #RELEASE_WAIT_MS} ms the close reports whatever is left.
     */
    private static void awaitReleased(BufferAllocator allocator) throws IOException {
        long deadline = System.nanoTime() + RELEASE_WAIT_MS * 1_000_000L;
        for (long pause = 1; allocator.getAllocatedMemory() > 0 && System.nanoTime() < deadline; pause = Math.min(
                pause * 2, 50)) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while Arrow released the Parquet writer's memory");
            }
        }
    }

    private static FileSystemDatasetFactory open(BufferAllocator allocator, Path path, String source) {
        try {
            return new FileSystemDatasetFactory(allocator, NativeMemoryPool.getDefault(), FileFormat.PARQUET,
                    path.toAbsolutePath().toUri().toString());
        } catch (RuntimeException e) {
            throw notParquet(source, e);
        }
    }

    /** The file's schema; the C++ library's complaint about a file that is not Parquet becomes one message. */
    private static Schema inspect(FileSystemDatasetFactory factory, String source) {
        try {
            return factory.inspect();
        } catch (RuntimeException e) {
            throw notParquet(source, e);
        }
    }

    private static FrameFormatException notParquet(String source, RuntimeException e) {
        return new FrameFormatException(source, "not a readable Parquet file (" + firstLine(e.getMessage()) + ")", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
