package dev.zenneural.ml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesCsvWriteTest {

    private static String text(TimeSeriesFrame frame) throws IOException {
        StringWriter out = new StringWriter();
        TimeSeriesCsv.write(frame, out);
        return out.toString();
    }

    @Test
    void writesHeaderDatesAndPlainDecimals() throws IOException {
        long day = LocalDate.of(1949, 1, 1).toEpochDay();
        TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.DATE)
                .add("AirPassengers", day, 112).add("AirPassengers", day + 31, 0.1)
                .add("a,\"b\"", day, 1e20).add("a,\"b\"", day + 1, -0.0).add("a,\"b\"", day + 2, 1.5e-7)
                .build();
        assertEquals("unique_id,ds,y\n"
                + "AirPassengers,1949-01-01,112\n"
                + "AirPassengers,1949-02-01,0.1\n"
                + "\"a,\"\"b\"\"\",1949-01-01,100000000000000000000\n"
                + "\"a,\"\"b\"\"\",1949-01-02,-0\n"
                + "\"a,\"\"b\"\"\",1949-01-03,0.00000015\n", text(frame));
    }

    @Test
    void roundTripsBitForBit(@TempDir Path dir) throws IOException {
        TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.INDEX)
                .add("x", -3, Math.PI).add("x", 7, -0.0).add("x", 8, Double.MIN_VALUE)
                .add("y\nz", 1, Double.MAX_VALUE).add("y\nz", 2, 1.0 / 3)
                .build();
        Path file = dir.resolve("out.csv");
        TimeSeriesCsv.write(frame, file);
        assertEquals(frame, TimeSeriesCsv.read(file));
    }

    @Test
    void roundTripsTheFixture(@TempDir Path dir) throws IOException {
        Path source = Csv.resource("classic-subset.csv");
        TimeSeriesFrame frame = TimeSeriesCsv.read(source);
        Path copy = dir.resolve("copy.csv");
        TimeSeriesCsv.write(frame, copy);
        assertEquals(Files.readString(source), Files.readString(copy), "the fixture is already canonical");
    }

    @Test
    void replacesFilesAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frame.csv");
        Files.writeString(file, "old");
        TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 2).build();
        TimeSeriesCsv.write(frame, file);
        assertEquals("unique_id,ds,y\na,1,2\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
