package dev.zenneural.ml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader and writer discovery in zen-ml alone, where the dataframes gate is not on the class path. */
class FrameReadersTest {

    private static final String GATE = " files are read by zen-dataframes, which is not on the class path: build it in"
            + " with the dataframes gate (./zen: ZEN_PROFILES=dataframes; Maven: -Pdataframes; a library: depend on"
            + " dev.zenneural:zen-dataframes)";

    @TempDir
    Path dir;

    @Test
    void readsCsvAndAnyUnclaimedEndingAsCsv() throws IOException {
        assertEquals(List.of("CSV"), FrameReaders.all().stream().map(FrameReader::format).toList());
        TimeSeriesFrame expected = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 2.5).build();
        for (String name : List.of("s.csv", "s.TXT", "s.dat", "series")) {
            Path file = Files.writeString(dir.resolve(name), "unique_id,ds,y\na,1,2.5\n");
            assertInstanceOf(CsvFrameFileReader.class, FrameReaders.forPath(file));
            assertEquals(expected, FrameReaders.read(file), name);
        }
    }

    @Test
    void saysHowToGetTheGateForArrowAndParquet() {
        for (String name : List.of("s.parquet", "s.PQ")) {
            assertEquals(name + ": Parquet" + GATE, assertThrows(FrameFormatException.class,
                    () -> FrameReaders.read(Path.of(name))).getMessage());
        }
        for (String name : List.of("s.arrow", "s.arrows", "s.feather", "s.ipc")) {
            assertEquals(name + ": Arrow IPC" + GATE, assertThrows(FrameFormatException.class,
                    () -> FrameReaders.forPath(Path.of(name))).getMessage());
        }
        assertEquals("f.parquet: Parquet" + GATE.replace(" read ", " written "), assertThrows(
                IllegalArgumentException.class, () -> ForecastWriters.forPath(Path.of("f.parquet"))).getMessage());
        assertEquals(Optional.empty(), ForecastWriters.forPath(Path.of("f.csv")));
    }
}
