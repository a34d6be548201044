package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema zen writes: {@code unique_id} utf8, {@code ds} date32 (days) or int64 as the
 * frame's {@link DsKind}, then float64 columns ({@code y} and exogenous ones for a frame; the model
 * outputs, after an optional {@code cutoff} of ds's type, for forecasts), none nullable. The type
 * of {@code ds} carries the kind, so no metadata is needed to read it back.
 */
final class FrameArrowSchema {

    static final String ID = "unique_id";
    static final String DS = "ds";
    static final String Y = "y";
    static final String CUTOFF = "cutoff";

    static final ArrowType UTF8 = ArrowType.Utf8.INSTANCE;
    static final ArrowType DATE32 = new ArrowType.Date(DateUnit.DAY);
    static final ArrowType INT64 = new ArrowType.Int(64, true);
    static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    private FrameArrowSchema() {
    }

    /** unique_id, ds, [cutoff,] then a float64 column per name in {@code values}. */
    static Schema of(DsKind kind, boolean cutoff, List<String> values) {
        ArrowType ds = dsType(kind);
        List<Field> fields = new ArrayList<>();
        fields.add(Field.notNullable(ID, UTF8));
        fields.add(Field.notNullable(DS, ds));
        if (cutoff) {
            fields.add(Field.notNullable(CUTOFF, ds));
        }
        for (String name : values) {
            fields.add(Field.notNullable(name, FLOAT64));
        }
        return new Schema(fields);
    }

    static ArrowType dsType(DsKind kind) {
        return kind == DsKind.DATE ? DATE32 : INT64;
    }
}
