package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import dev.zenneural.ml.io.FrameReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet through arrow-dataset: round trips, column projection, pandas-style timestamps, bad files. */
class ParquetFrameFilesTest extends LeakCheckedTest {

    @TempDir
    Path dir;

    private static TimeSeriesFrame dailyWithPrice(int series, int length) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE, List.of("price"));
        for (int s = 0; s < series; s++) {
            for (int t = 0; t < length; t++) {
                builder.add("store " + s, LocalDate.of(2023, 1, 1).plusDays(t).toEpochDay(), s * 100 + Math.sqrt(t),
                        new double[] {t % 5 * 0.25});
            }
        }
        return builder.build();
    }

    @Test
    void roundTripsDatesIndicesAndExogenousColumnsAcrossBatches() throws IOException {
        TimeSeriesFrame dated = dailyWithPrice(3, 40_000);
        Path file = dir.resolve("daily.parquet");
        ParquetFrameFiles.write(dated, file, allocator);
        assertEquals(dated, ParquetFrameFiles.read(file, allocator));

        TimeSeriesFrame indexed = TimeSeriesFrame.builder(DsKind.INDEX).add("a", -5, 1).add("a", 7, 2.5).build();
        Path small = dir.resolve("indexed.parquet");
        ParquetFrameFiles.write(indexed, small, allocator);
        assertEquals(indexed, ParquetFrameFiles.read(small, allocator));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("daily.parquet", "indexed.parquet"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void readsOnlyTheFrameColumnsOfAWideFile() throws IOException {
        int rows = 2_000;
        SplittableRandom random = new SplittableRandom(3);
        byte[][] notes = new byte[rows][];
        for (int r = 0; r < rows; r++) {
            // Random text does not compress: loaded, this column would take 2000 x 1 KiB of Arrow memory.
            StringBuilder note = new StringBuilder();
            while (note.length() < 1024) {
                note.append(Long.toString(random.nextLong(), 36));
            }
            notes[r] = note.toString().getBytes(StandardCharsets.US_ASCII);
        }
        TimeSeriesFrame frame = dailyWithPrice(2, rows / 2);
        ArrowTable base = FrameToArrow.table(frame);
        List<Field> fields = new ArrayList<>(base.schema().getFields());
        fields.add(1, Field.notNullable("note", ArrowType.Utf8.INSTANCE));
        List<ColumnFill> fills = new ArrayList<>(base.fills());
        fills.add(1, (vector, from, count) -> {
            VarCharVector out = (VarCharVector) vector;
            out.allocateNew(count);
            for (int i = 0; i < count; i++) {
                out.setSafe(i, notes[from + i]);
            }
        });
        Path file = dir.resolve("wide.parquet");
        ParquetFrameFiles.writeTable(new ArrowTable(new Schema(fields), fills, rows), file, allocator);
        assertTrue(Files.size(file) > rows * 1000L, "the note column is in the file: " + Files.size(file));

        long peak;
        try (RootAllocator reading = new RootAllocator()) {
            assertEquals(frame, ParquetFrameFiles.read(file, reading));
            peak = reading.getPeakMemoryAllocation();
        }
        assertTrue(peak < rows * 1024L / 2, "peak Arrow memory " + peak + " bytes: the note column was not projected away");
    }

    @Test
    void readsPandasTimestampsAndIsFoundByItsEnding() throws IOException {
        // pandas writes datetime64[ns] as timestamp[ns] (us in Parquet format 1.0); both must read as dates.
        for (TimeUnit unit : List.of(TimeUnit.NANOSECOND, TimeUnit.MICROSECOND)) {
            TimeSeriesFrame frame = dailyWithPrice(2, 3);
            ArrowTable base = FrameToArrow.table(frame);
            List<Field> fields = new ArrayList<>(base.schema().getFields());
            ArrowType stamp = new ArrowType.Timestamp(unit, null);
            fields.set(1, Field.notNullable("ds", stamp));
            List<ColumnFill> fills = new ArrayList<>(base.fills());
            fills.set(1, (vector, from, count) -> {
                TimeStampVector out = (TimeStampVector) vector;
                out.allocateNew(count);
                for (int i = 0; i < count; i++) {
                    out.set(i, ArrowColumnTypesTest.encode(LocalDate.ofEpochDay(frame.dsAt(from + i)), stamp));
                }
            });
            Path file = dir.resolve("pandas-" + unit + ".parquet");
            ParquetFrameFiles.writeTable(new ArrowTable(new Schema(fields), fills, frame.rowCount()), file, allocator);
            assertEquals(frame, FrameReaders.read(file), unit.toString());
        }
    }

    @Test
    void badFilesNameTheFileAndWhatWasExpected() throws IOException {
        Path csv = Files.writeString(dir.resolve("data.parquet"), "unique_id,ds,y\na,1,2\n");
        String message = assertThrows(FrameFormatException.class, () -> ParquetFrameFiles.read(csv, allocator))
                .getMessage();
        assertEquals(csv + ": not a readable Parquet file (", message.substring(0, message.indexOf('(') + 1), message);

        Path whole = dir.resolve("whole.parquet");
        ParquetFrameFiles.write(dailyWithPrice(2, 50), whole, allocator);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        message = assertThrows(FrameFormatException.class, () -> ParquetFrameFiles.read(cut, allocator)).getMessage();
        assertEquals(cut + ": not a readable Parquet file (", message.substring(0, message.indexOf('(') + 1), message);

        TimeSeriesFrame frame = dailyWithPrice(1, 2);
        ArrowTable base = FrameToArrow.table(frame);
        List<Field> fields = new ArrayList<>(base.schema().getFields());
        fields.set(2, Field.notNullable("value", fields.get(2).getType()));
        Path renamed = dir.resolve("renamed.parquet");
        ParquetFrameFiles.writeTable(new ArrowTable(new Schema(fields), base.fills(), frame.rowCount()), renamed, allocator);
        assertEquals(renamed + ": no column 'y' (found unique_id,ds,value,price)", assertThrows(
                FrameFormatException.class, () -> ParquetFrameFiles.read(renamed, allocator)).getMessage());
    }
}
