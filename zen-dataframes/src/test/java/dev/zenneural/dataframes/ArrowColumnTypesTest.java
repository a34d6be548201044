package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every column type the reader takes, in both IPC layouts, against the frame it must give. */
class ArrowColumnTypesTest extends LeakCheckedTest {

    private static final String[] IDS = {"a", "a", "a", "série b", "série b"};
    private static final LocalDate[] DATES = {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 3, 31), LocalDate.of(1969, 12, 31), LocalDate.of(2024, 7, 1)};
    // Exact in float32 too, so float32 columns must read back to these doubles.
    private static final double[] Y = {1.5, 2.5, -3, 4.25, 5};
    private static final double[] PRICE = {10, 11.5, 12, -0.25, 0};

    private static final ArrowType FLOAT32 = new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
    private static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    @TempDir
    Path dir;

    private int files;

    private static TimeSeriesFrame dated(List<String> exogNames, double[]... exog) {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE, exogNames);
        for (int i = 0; i < IDS.length; i++) {
            double[] row = new double[exog.length];
            for (int c = 0; c < exog.length; c++) {
                row[c] = exog[c][i];
            }
            builder.add(IDS[i], DATES[i].toEpochDay(), Y[i], row);
        }
        return builder.build();
    }

    @Test
    void readsEveryDateAndTimestampTypeAsDates() throws IOException {
        TimeSeriesFrame expected = dated(List.of());
        assertEquals(expected, readBack(ds(new ArrowType.Date(DateUnit.DAY))));
        assertEquals(expected, readBack(ds(new ArrowType.Date(DateUnit.MILLISECOND))));
        for (TimeUnit unit : TimeUnit.values()) {
            for (String zone : new String[] {null, "UTC", "Europe/Berlin", "America/Los_Angeles", "+05:30"}) {
                assertEquals(expected, readBack(ds(new ArrowType.Timestamp(unit, zone))), unit + " " + zone);
            }
        }
    }

    @Test
    void readsSignedIntegersAsIndices() throws IOException {
        for (ArrowType type : List.of(new ArrowType.Int(64, true), new ArrowType.Int(32, true))) {
            Path file = newFile(".arrow");
            List<Field> fields = List.of(utf8Ids(), Field.notNullable("ds", type), Field.notNullable("y", FLOAT64));
            RawArrowFile.write(file, allocator, ArrowIpcFormat.FILE, null, fields, IDS.length, root -> {
                setIds(root);
                for (int i = 0; i < IDS.length; i++) {
                    setLong(root.getVector("ds"), i, 100 + i * 7L);
                }
                setDoubles(root.getVector("y"), Y);
            });
            TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
            for (int i = 0; i < IDS.length; i++) {
                builder.add(IDS[i], 100 + i * 7L, Y[i]);
            }
            assertEquals(builder.build(), ArrowFrameFiles.read(file, allocator), type.toString());
        }
    }

    @Test
    void readsLargeUtf8AndDictionaryIdsInBothLayouts() throws IOException {
        TimeSeriesFrame expected = dated(List.of());
        for (ArrowIpcFormat format : ArrowIpcFormat.values()) {
            Path large = newFile(".arrow");
            List<Field> fields = List.of(Field.notNullable("unique_id", ArrowType.LargeUtf8.INSTANCE),
                    dateField(), Field.notNullable("y", FLOAT64));
            RawArrowFile.write(large, allocator, format, null, fields, IDS.length, root -> {
                LargeVarCharVector ids = (LargeVarCharVector) root.getVector("unique_id");
                for (int i = 0; i < IDS.length; i++) {
                    ids.setSafe(i, IDS[i].getBytes(StandardCharsets.UTF_8));
                }
                fillDatesAndY(root);
            });
            assertEquals(expected, ArrowFrameFiles.read(large, allocator), "large_utf8 " + format);
            for (ArrowType.Int index : List.of(new ArrowType.Int(8, true), new ArrowType.Int(32, true))) {
                assertEquals(expected, readDictionaryIds(format, index), "dictionary " + index + " " + format);
            }
        }
    }

    @Test
    void readsFloat32ValuesAndNumericExtrasAsExogenousColumns() throws IOException {
        Path file = newFile(".arrow");
        List<Field> fields = List.of(utf8Ids(), dateField(), Field.notNullable("y", FLOAT32),
                Field.notNullable("note", ArrowType.Utf8.INSTANCE), Field.notNullable("price", FLOAT32),
                Field.notNullable("promo", new ArrowType.Int(64, true)), Field.nullable("temp", FLOAT64));
        double[] promo = {0, 1, 1, 0, 1};
        double[] temp = {-5.5, 3, 2, 1e300, 7};
        RawArrowFile.write(file, allocator, ArrowIpcFormat.FILE, null, fields, IDS.length, root -> {
            setIds(root);
            fillDates(root);
            setDoubles(root.getVector("y"), Y);
            ((VarCharVector) root.getVector("note")).setSafe(0, "ignored".getBytes(StandardCharsets.UTF_8));
            setDoubles(root.getVector("price"), PRICE);
            for (int i = 0; i < IDS.length; i++) {
                setLong(root.getVector("promo"), i, (long) promo[i]);
            }
            setDoubles(root.getVector("temp"), temp);
        });
        assertEquals(dated(List.of("price", "promo", "temp"), PRICE, promo, temp), ArrowFrameFiles.read(file, allocator));
    }

    @Test
    void writesExogenousColumnsAndStreamsThatReadBack() throws IOException {
        TimeSeriesFrame frame = dated(List.of("price"), PRICE);
        for (ArrowIpcFormat format : ArrowIpcFormat.values()) {
            Path file = newFile(format == ArrowIpcFormat.FILE ? ".arrow" : ".arrows");
            ArrowFrameFiles.write(frame, file, format, allocator);
            assertEquals(frame, ArrowFrameFiles.read(file, allocator), format.toString());
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ArrowFrameFiles.writeStream(frame, bytes, allocator);
        assertEquals(frame, ArrowFrameFiles.readStream(new java.io.ByteArrayInputStream(bytes.toByteArray()),
                "memory", allocator));
    }

    private TimeSeriesFrame readDictionaryIds(ArrowIpcFormat format, ArrowType.Int indexType) throws IOException {
        DictionaryEncoding encoding = new DictionaryEncoding(7, false, indexType);
        try (VarCharVector values = new VarCharVector("ids", allocator)) {
            // Entry order differs from row order, as in a pandas categorical.
            String[] entries = {"série b", "unused", "a"};
            values.allocateNew();
            for (int e = 0; e < entries.length; e++) {
                values.setSafe(e, entries[e].getBytes(StandardCharsets.UTF_8));
            }
            values.setValueCount(entries.length);
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
            provider.put(new Dictionary(values, encoding));
            Path file = newFile(".arrow");
            List<Field> fields = List.of(new Field("unique_id", new FieldType(false, indexType, encoding), null),
                    dateField(), Field.notNullable("y", FLOAT64));
            RawArrowFile.write(file, allocator, format, provider, fields, IDS.length, root -> {
                BaseIntVector indices = (BaseIntVector) root.getVector("unique_id");
                for (int i = 0; i < IDS.length; i++) {
                    indices.setWithPossibleTruncate(i, IDS[i].equals("a") ? 2 : 0);
                }
                fillDatesAndY(root);
            });
            return ArrowFrameFiles.read(file, allocator);
        }
    }

    /** A file with utf8 ids, y float64 and DATES in {@code dsField}'s type; what it reads back as. */
    private TimeSeriesFrame readBack(Field dsField) throws IOException {
        Path file = newFile(".arrow");
        RawArrowFile.write(file, allocator, ArrowIpcFormat.FILE, null,
                List.of(utf8Ids(), dsField, Field.notNullable("y", FLOAT64)), IDS.length, root -> {
                    setIds(root);
                    for (int i = 0; i < IDS.length; i++) {
                        setLong(root.getVector("ds"), i, encode(DATES[i], dsField.getType()));
                    }
                    setDoubles(root.getVector("y"), Y);
                });
        return ArrowFrameFiles.read(file, allocator);
    }

    /** The value of {@code type} that means midnight of {@code date} (on the zone's clock, if it has one). */
    static long encode(LocalDate date, ArrowType type) {
        if (type instanceof ArrowType.Date d) {
            return d.getUnit() == DateUnit.DAY ? date.toEpochDay()
                    : date.toEpochDay() * 86_400_000L;
        }
        ArrowType.Timestamp t = (ArrowType.Timestamp) type;
        long seconds = t.getTimezone() == null ? date.toEpochDay() * 86_400
                : date.atStartOfDay(ZoneId.of(t.getTimezone())).toEpochSecond();
        return switch (t.getUnit()) {
            case SECOND -> seconds;
            case MILLISECOND -> seconds * 1_000;
            case MICROSECOND -> seconds * 1_000_000;
            case NANOSECOND -> seconds * 1_000_000_000;
        };
    }

    static void setLong(FieldVector vector, int i, long value) {
        if (vector instanceof DateDayVector days) {
            days.setSafe(i, Math.toIntExact(value));
        } else if (vector instanceof DateMilliVector millis) {
            millis.setSafe(i, value);
        } else if (vector instanceof TimeStampVector stamps) {
            stamps.setSafe(i, value);
        } else if (vector instanceof BigIntVector longs) {
            longs.setSafe(i, value);
        } else {
            ((IntVector) vector).setSafe(i, Math.toIntExact(value));
        }
    }

    static void setDoubles(FieldVector vector, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (vector instanceof Float4Vector floats) {
                floats.setSafe(i, (float) values[i]);
            } else {
                ((Float8Vector) vector).setSafe(i, values[i]);
            }
        }
    }

    private static Field ds(ArrowType type) {
        return Field.notNullable("ds", type);
    }

    private static Field dateField() {
        return ds(new ArrowType.Date(DateUnit.DAY));
    }

    private static Field utf8Ids() {
        return Field.notNullable("unique_id", ArrowType.Utf8.INSTANCE);
    }

    private static void setIds(VectorSchemaRoot root) {
        RawArrowFile.setIds(root, IDS);
    }

    private static void fillDates(VectorSchemaRoot root) {
        for (int i = 0; i < IDS.length; i++) {
            setLong(root.getVector("ds"), i, DATES[i].toEpochDay());
        }
    }

    private static void fillDatesAndY(VectorSchemaRoot root) {
        fillDates(root);
        setDoubles(root.getVector("y"), Y);
    }

    private Path newFile(String suffix) {
        return dir.resolve("f" + (files++) + suffix);
    }
}
