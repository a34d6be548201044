package dev.zenneural.benchmarks.frames;

import dev.zenneural.dataframes.ArrowFrameFiles;
import dev.zenneural.dataframes.ParquetFrameFiles;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameReaders;
import dev.zenneural.ml.io.TimeSeriesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second of reading a whole file into a {@code TimeSeriesFrame}, by format, through
 * {@code FrameReaders} as {@code zen forecast} reads its input: zen-ml's CSV reader beside
 * zen-dataframes' Arrow IPC file, Arrow IPC stream and Parquet readers. The file holds
 * {@value #ROWS} rows: {@value #SERIES} daily series ({@code series-0000}, ...) with random values
 * (CSV writes each with its shortest round-trip digits, as pandas does). The files sit in the page
 * cache after the first read, so this is decoding speed, not disk speed.
 *
 * <p>Run: {@code ZEN_PROFILES=dataframes ./jmh FrameReadBenchmark} (the dataframes gate brings
 * Arrow in; without it this class is not compiled).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(FrameReadBenchmark.ROWS)
public class FrameReadBenchmark {

    static final int ROWS = 1_000_000;
    static final int SERIES = 1_000;

    @Param({"csv", "arrow", "arrows", "parquet"})
    public String format;

    private Path directory;
    private Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE).expectRows(ROWS);
        for (int s = 0; s < SERIES; s++) {
            String id = String.format(Locale.ROOT, "series-%04d", s);
            for (int t = 0; t < ROWS / SERIES; t++) {
                builder.add(id, 18_000 + t, 100 * random.nextDouble());
            }
        }
        TimeSeriesFrame frame = builder.build();
        directory = Files.createTempDirectory("zen-frame-read");
        file = directory.resolve("frame." + format);
        switch (format) {
            case "csv" -> TimeSeriesCsv.write(frame, file);
            case "arrow", "arrows" -> ArrowFrameFiles.write(frame, file);
            case "parquet" -> ParquetFrameFiles.write(frame, file);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public TimeSeriesFrame read() throws IOException {
        return FrameReaders.read(file);
    }
}
