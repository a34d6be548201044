package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated files, wrong schemas, nulls and unsupported types: one message naming file, column and expectation. */
class BadFilesTest extends LeakCheckedTest {

    private static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    private static final ArrowType INT64 = new ArrowType.Int(64, true);

    @TempDir
    Path dir;

    private static TimeSeriesFrame frame(int rows) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int t = 0; t < rows; t++) {
            builder.add(t < rows / 2 ? "first" : "second", t, t * 0.5);
        }
        return builder.build();
    }

    private String readError(Path file) {
        return assertThrows(FrameFormatException.class, () -> ArrowFrameFiles.read(file, allocator)).getMessage();
    }

    private Path truncated(ArrowIpcFormat format, double keep) throws IOException {
        Path whole = dir.resolve("whole-" + format + "-" + keep);
        ArrowFrameFiles.writeTable(FrameToArrow.table(frame(1000)), whole, format, allocator, 100);
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve("cut-" + format + "-" + keep + ".arrow"),
                Arrays.copyOf(bytes, (int) (bytes.length * keep)));
    }

    @Test
    void truncatedFilesAndStreamsAreNamedNotHalfRead() throws IOException {
        for (double keep : new double[] {0.3, 0.9, 0.999}) {
            Path file = truncated(ArrowIpcFormat.FILE, keep);
            String message = readError(file);
            assertEquals(file + ": not a complete Arrow IPC file (", message.substring(0, message.indexOf('(') + 1),
                    message);
            Path stream = truncated(ArrowIpcFormat.STREAM, keep);
            message = readError(stream);
            assertEquals(stream + ": not a complete Arrow IPC stream (", message.substring(0, message.indexOf('(') + 1),
                    message);
        }
    }

    @Test
    void aStreamCutAtABatchBoundaryIsNotTakenForAShorterFrame() throws IOException {
        Path whole = dir.resolve("whole.arrows");
        ArrowFrameFiles.writeTable(FrameToArrow.table(frame(1000)), whole, ArrowIpcFormat.STREAM, allocator, 100);
        byte[] bytes = Files.readAllBytes(whole);
        // Without its last 8 bytes (the end-of-stream marker) the stream ends cleanly after its last batch.
        Path cut = Files.write(dir.resolve("cut.arrows"), Arrays.copyOf(bytes, bytes.length - 8));
        assertEquals(cut + ": not a complete Arrow IPC stream (it does not end with the end-of-stream marker"
                + " 0xFFFFFFFF00000000: cut short, or its writer was not closed)", readError(cut));
    }

    @Test
    void emptyAndForeignFilesAreRefusedByTheirFirstBytes() throws IOException {
        Path empty = Files.write(dir.resolve("empty.arrow"), new byte[0]);
        assertEquals(empty + ": not an Arrow IPC file or stream (expected it to start with \"ARROW1\" or the stream"
                + " marker 0xFFFFFFFF; the file is empty)", readError(empty));
        Path parquet = Files.write(dir.resolve("data.arrow"), "PAR1xxxxPAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(parquet + ": not an Arrow IPC file or stream (expected it to start with \"ARROW1\" or the stream"
                + " marker 0xFFFFFFFF; it starts with 0x504152317878)", readError(parquet));
    }

    @Test
    void unsupportedTypesNameTheColumnAndWhatWasExpected() throws IOException {
        ArrowType half = new ArrowType.FloatingPoint(FloatingPointPrecision.HALF);
        assertEquals("column 'y': expected float64, float32 or an integer type (not uint64), got FloatingPoint(HALF)",
                schemaError(fields(ArrowType.Utf8.INSTANCE, INT64, half)));
        assertEquals("column 'y': expected float64, float32 or an integer type (not uint64), got Int(64, false)",
                schemaError(fields(ArrowType.Utf8.INSTANCE, INT64, new ArrowType.Int(64, false))));
        assertEquals("column 'ds': expected date32, date64, timestamp (any unit, with or without zone) or a signed"
                + " integer, got Utf8", schemaError(fields(ArrowType.Utf8.INSTANCE, ArrowType.Utf8.INSTANCE, FLOAT64)));
        assertEquals("column 'unique_id': expected utf8, large_utf8 or a dictionary of them, got Int(64, true)",
                schemaError(fields(INT64, INT64, FLOAT64)));
        assertEquals("column 'ds': expected a time zone that java.time knows, got 'Mars/Olympus'",
                schemaError(fields(ArrowType.Utf8.INSTANCE, new ArrowType.Timestamp(TimeUnit.SECOND, "Mars/Olympus"),
                        FLOAT64)));
        assertEquals("column 'ds' appears twice", schemaError(List.of(Field.notNullable("unique_id",
                ArrowType.Utf8.INSTANCE), Field.notNullable("ds", INT64), Field.notNullable("ds", INT64),
                Field.notNullable("y", FLOAT64))));
    }

    @Test
    void timestampsThatAreNotWholeDaysNameTheRowAndValue() throws IOException {
        Path file = dir.resolve("hours.arrow");
        RawArrowFile.write(file, allocator, fields(ArrowType.Utf8.INSTANCE,
                new ArrowType.Timestamp(TimeUnit.MILLISECOND, "Europe/Berlin"), FLOAT64), 2, root -> {
                    RawArrowFile.setIds(root, "a", "a");
                    // 2024-01-01T00:00+01:00 (midnight in Berlin), then 06:30 the next day.
                    long midnight = (java.time.LocalDate.of(2024, 1, 1).toEpochDay() * 86_400 - 3_600) * 1_000;
                    ((TimeStampVector) root.getVector("ds")).setSafe(0, midnight);
                    ((TimeStampVector) root.getVector("ds")).setSafe(1, midnight + (24 * 60 + 390) * 60_000L);
                    ((Float8Vector) root.getVector("y")).setSafe(0, 1);
                    ((Float8Vector) root.getVector("y")).setSafe(1, 2);
                });
        assertEquals(file + ": row 1: column 'ds': expected whole days (midnight on the zone's clock; a frame holds"
                + " dates), got 2024-01-02T06:30 (Timestamp(MILLISECOND, Europe/Berlin))", readError(file));
    }

    @Test
    void nullsAndNonFiniteValuesNameTheRowAndColumn() throws IOException {
        List<Field> nullable = List.of(Field.nullable("unique_id", ArrowType.Utf8.INSTANCE),
                Field.nullable("ds", INT64), Field.nullable("y", FLOAT64), Field.nullable("price", FLOAT64));
        for (String column : List.of("unique_id", "ds", "y", "price")) {
            Path file = dir.resolve("null-" + column + ".arrow");
            RawArrowFile.write(file, allocator, nullable, 3, root -> {
                RawArrowFile.setIds(root, "a", "a", "a");
                for (int i = 0; i < 3; i++) {
                    ((BigIntVector) root.getVector("ds")).setSafe(i, i);
                    ((Float8Vector) root.getVector("y")).setSafe(i, i);
                    ((Float8Vector) root.getVector("price")).setSafe(i, i);
                }
                root.getVector(column).setNull(2);
            });
            assertEquals(file + ": row 2: column '" + column + "': expected a value, got null"
                    + (column.equals("y") ? " (missing values are not supported)" : ""), readError(file));
        }
        Path nan = dir.resolve("nan.arrow");
        RawArrowFile.write(nan, allocator, nullable, 2, root -> {
            RawArrowFile.setIds(root, "a", "a");
            ((BigIntVector) root.getVector("ds")).setSafe(0, 1);
            ((BigIntVector) root.getVector("ds")).setSafe(1, 2);
            ((Float8Vector) root.getVector("y")).setSafe(0, 1);
            ((Float8Vector) root.getVector("y")).setSafe(1, Double.NaN);
            ((Float8Vector) root.getVector("price")).setSafe(0, 1);
            ((Float8Vector) root.getVector("price")).setSafe(1, 1);
        });
        assertEquals(nan + ": series 'a', row 1: y at ds 2 is NaN; values must be finite (missing values are not"
                + " supported)", readError(nan));
    }

    private static List<Field> fields(ArrowType id, ArrowType ds, ArrowType y) {
        return List.of(Field.notNullable("unique_id", id), Field.notNullable("ds", ds), Field.notNullable("y", y));
    }

    /** The message for a file of {@code fields} and no rows, without the file name. */
    private String schemaError(List<Field> fields) throws IOException {
        Path file = Files.createTempFile(dir, "schema", ".arrow");
        Files.delete(file);
        RawArrowFile.write(file, allocator, fields, 0, root -> { });
        String message = readError(file);
        assertEquals(file + ": ", message.substring(0, file.toString().length() + 2));
        return message.substring(file.toString().length() + 2);
    }
}
