package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.CsvFrameFileReader;
import dev.zenneural.ml.io.ForecastWriters;
import dev.zenneural.ml.io.FrameReaders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With zen-dataframes on the class path, zen-ml's ServiceLoader look-ups find its readers and writers. */
class ServiceDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void findsTheArrowAndParquetReadersAndWritersByEnding() throws IOException {
        assertInstanceOf(ArrowFileFormat.class, FrameReaders.forPath(Path.of("data.ARROW")));
        assertInstanceOf(ArrowFileFormat.class, FrameReaders.forPath(Path.of("data.feather")));
        assertInstanceOf(ArrowFileFormat.class, FrameReaders.forPath(Path.of("data.arrows")));
        assertInstanceOf(CsvFrameFileReader.class, FrameReaders.forPath(Path.of("data.csv")));
        assertInstanceOf(CsvFrameFileReader.class, FrameReaders.forPath(Path.of("data")));
        assertEquals(Optional.empty(), ForecastWriters.forPath(Path.of("f.json")));
        assertInstanceOf(ArrowFileFormat.class, ForecastWriters.forPath(Path.of("f.arrow")).orElseThrow());
        assertInstanceOf(ParquetFileFormat.class, FrameReaders.forPath(Path.of("data.parquet")));
        assertInstanceOf(ParquetFileFormat.class, ForecastWriters.forPath(Path.of("f.pq")).orElseThrow());

        TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 2).add("a", 2, 3).build();
        Path file = dir.resolve("frame.arrows");
        ArrowFrameFiles.write(frame, file);
        assertEquals(frame, FrameReaders.read(file));
    }
}
