package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.io.FrameFormatException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of a {@link dev.zenneural.ml.frame.TimeSeriesFrame}: {@code unique_id} utf8,
 * {@code ds} date32 (days) or int64 as the frame's {@link DsKind}, {@code y} float64, none nullable.
 * The type of {@code ds} carries the kind, so no metadata is needed to read it back.
 */
final class FrameArrowSchema {

    static final String ID = "unique_id";
    static final String DS = "ds";
    static final String Y = "y";

    private static final ArrowType UTF8 = ArrowType.Utf8.INSTANCE;
    private static final ArrowType DATE32 = new ArrowType.Date(DateUnit.DAY);
    private static final ArrowType INT64 = new ArrowType.Int(64, true);
    private static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    private FrameArrowSchema() {
    }

    static Schema of(DsKind kind) {
        return new Schema(List.of(
                Field.notNullable(ID, UTF8),
                Field.notNullable(DS, kind == DsKind.DATE ? DATE32 : INT64),
                Field.notNullable(Y, FLOAT64)));
    }

    /** The kind of {@code ds} that {@code schema} holds, after checking all three columns; extra ones are ignored. */
    static DsKind kindOf(Schema schema, String source) {
        requireType(schema, ID, UTF8, source);
        requireType(schema, Y, FLOAT64, source);
        ArrowType ds = typeOf(schema, DS, source);
        if (ds.equals(DATE32)) {
            return DsKind.DATE;
        }
        if (ds.equals(INT64)) {
            return DsKind.INDEX;
        }
        throw new FrameFormatException(source, "column '" + DS + "': expected " + DATE32 + " or " + INT64
                + ", got " + ds);
    }

    private static void requireType(Schema schema, String name, ArrowType expected, String source) {
        ArrowType actual = typeOf(schema, name, source);
        if (!actual.equals(expected)) {
            throw new FrameFormatException(source, "column '" + name + "': expected " + expected + ", got " + actual);
        }
    }

    private static ArrowType typeOf(Schema schema, String name, String source) {
        for (Field field : schema.getFields()) {
            if (field.getName().equals(name)) {
                return field.getType();
            }
        }
        throw new FrameFormatException(source, "no column '" + name + "' (found "
                + schema.getFields().stream().map(Field::getName).collect(Collectors.joining(",")) + ")");
    }
}
