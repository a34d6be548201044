package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrowFrameFilesTest extends LeakCheckedTest {

    @TempDir
    Path dir;

    private static TimeSeriesFrame monthly() {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE);
        LocalDate start = LocalDate.of(1949, 1, 1);
        for (int m = 0; m < 24; m++) {
            builder.add("AirPassengers", start.plusMonths(m).toEpochDay(), 112 + m * 1.5);
        }
        for (int m = 0; m < 5; m++) {
            builder.add("série \u6771 \uD83D\uDE00", start.plusMonths(m).toEpochDay(), -m / 3.0);
        }
        return builder.add("one", start.toEpochDay(), Double.MIN_VALUE).build();
    }

    private static TimeSeriesFrame indexed(int series, int length) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int s = 0; s < series; s++) {
            for (int t = 1; t <= length + s; t++) {
                builder.add("s" + s, t, s * 1000 + Math.sqrt(t));
            }
        }
        return builder.build();
    }

    @Test
    void roundTripsDatesWithoutLeaking() throws IOException {
        TimeSeriesFrame frame = monthly();
        Path file = dir.resolve("monthly.arrow");
        ArrowFrameFiles.write(frame, file, ArrowIpcFormat.FILE, allocator);
        assertEquals(0, allocator.getAllocatedMemory());
        TimeSeriesFrame back = ArrowFrameFiles.read(file, allocator);
        assertEquals(0, allocator.getAllocatedMemory());
        assertEquals(frame, back);
        assertEquals(DsKind.DATE, back.dsKind());
    }

    @Test
    void roundTripsIndicesAcrossBatchBoundaries() throws IOException {
        TimeSeriesFrame frame = indexed(4, 5);
        for (int batchRows : new int[] {1, 2, 5, 6, 7, 1000}) {
            Path file = dir.resolve("indexed-" + batchRows + ".arrow");
            ArrowFrameFiles.writeTable(FrameToArrow.table(frame), file, ArrowIpcFormat.FILE, allocator, batchRows);
            assertEquals(frame, ArrowFrameFiles.read(file, allocator), "batches of " + batchRows);
        }
    }

    @Test
    void writesTheDocumentedSchemaInBatches() throws IOException {
        Path file = dir.resolve("schema.arrow");
        ArrowFrameFiles.writeTable(FrameToArrow.table(indexed(2, 4)), file, ArrowIpcFormat.FILE, allocator, 4);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            assertEquals("unique_id: Utf8 not null, ds: Int(64, true) not null, y: FloatingPoint(DOUBLE) not null",
                    root.getSchema().getFields().stream().map(Field::toString).collect(Collectors.joining(", ")));
            assertEquals(3, reader.getRecordBlocks().size(), "9 rows in batches of 4");
        }
        ArrowFrameFiles.write(monthly(), dir.resolve("dates.arrow"), ArrowIpcFormat.FILE, allocator);
        try (FileChannel channel = FileChannel.open(dir.resolve("dates.arrow"), StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            assertEquals("Date(DAY)", reader.getVectorSchemaRoot().getSchema().findField("ds").getType().toString());
        }
    }

    @Test
    void keepsTheKindOfAnEmptyFrame() throws IOException {
        TimeSeriesFrame empty = TimeSeriesFrame.builder(DsKind.DATE).build();
        Path file = dir.resolve("empty.arrow");
        ArrowFrameFiles.write(empty, file, ArrowIpcFormat.FILE, allocator);
        assertEquals(empty, ArrowFrameFiles.read(file, allocator));
    }

    @Test
    void worksWithAllocatorsOfItsOwnAndReplacesFilesAtomically() throws IOException {
        Path file = dir.resolve("own.arrow");
        Files.writeString(file, "old");
        TimeSeriesFrame frame = indexed(3, 2);
        ArrowFrameFiles.write(frame, file);
        assertEquals(frame, ArrowFrameFiles.read(file));
        assertEquals(List.of(file), listDir(), "no temporary file left behind");
    }

    @Test
    void rejectsColumnsOfTheWrongTypeOrMissing() throws IOException {
        Path file = dir.resolve("ints.arrow");
        RawArrowFile.write(file, allocator, List.of(
                Field.notNullable("unique_id", ArrowType.Utf8.INSTANCE),
                Field.notNullable("ds", new ArrowType.Int(64, true)),
                Field.notNullable("y", ArrowType.Utf8.INSTANCE)),
                0, root -> { });
        assertEquals(file + ": column 'y': expected float64, float32 or an integer type (not uint64), got Utf8",
                readError(file));
        Path missing = dir.resolve("missing.arrow");
        RawArrowFile.write(missing, allocator, List.of(
                Field.notNullable("unique_id", ArrowType.Utf8.INSTANCE),
                Field.notNullable("value", new ArrowType.Int(64, true))),
                0, root -> { });
        assertEquals(missing + ": no column 'y' (found unique_id,value)", readError(missing));
    }

    @Test
    void rejectsNullsAndBrokenSeriesWithTheirRow() throws IOException {
        List<Field> nullable = List.of(
                Field.nullable("unique_id", ArrowType.Utf8.INSTANCE),
                Field.nullable("ds", new ArrowType.Int(64, true)),
                Field.nullable("y", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)));
        Path nulls = dir.resolve("nulls.arrow");
        RawArrowFile.write(nulls, allocator, nullable, 2, root -> {
            RawArrowFile.setIds(root, "a", "a");
            ((BigIntVector) root.getVector("ds")).setSafe(0, 1);
            ((BigIntVector) root.getVector("ds")).setSafe(1, 2);
            ((Float8Vector) root.getVector("y")).setSafe(0, 1.0);
            ((Float8Vector) root.getVector("y")).setNull(1);
        });
        assertEquals(nulls + ": row 1: column 'y': expected a value, got null (missing values are not supported)",
                readError(nulls));

        Path split = dir.resolve("split.arrow");
        RawArrowFile.write(split, allocator, nullable, 3, root -> {
            RawArrowFile.setIds(root, "a", "b", "a");
            for (int i = 0; i < 3; i++) {
                ((BigIntVector) root.getVector("ds")).setSafe(i, i);
                ((Float8Vector) root.getVector("y")).setSafe(i, i);
            }
        });
        assertEquals(split + ": series 'a', row 2: rows of a series must be contiguous, but this series already"
                + " ended at row 0 and series 'b' came in between", readError(split));
    }

    @Test
    void refusesDaysThatDate32CannotHoldAndLeavesNoFile() throws IOException {
        long farFuture = LocalDate.of(9_999_999, 1, 1).toEpochDay();
        TimeSeriesFrame frame = TimeSeriesFrame.builder(DsKind.DATE).add("a", 0, 1).add("a", farFuture, 2).build();
        Path file = dir.resolve("far.arrow");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArrowFrameFiles.write(frame, file, ArrowIpcFormat.FILE, allocator));
        assertEquals("series 'a', row 1: ds +9999999-01-01 is outside the days an Arrow date32 can hold",
                e.getMessage());
        assertEquals(List.of(), listDir());
    }

    @Test
    void rejectsFilesThatAreNotArrow() throws IOException {
        Path file = dir.resolve("frame.csv");
        Files.writeString(file, "unique_id,ds,y\na,1,1\n");
        assertEquals(file + ": not an Arrow IPC file or stream (expected it to start with \"ARROW1\" or the stream"
                + " marker 0xFFFFFFFF; it starts with 0x756E69717565)", readError(file));
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private String readError(Path file) {
        return assertThrows(FrameFormatException.class,
                () -> ArrowFrameFiles.read(file, allocator)).getMessage();
    }
}
