package dev.zenneural.dataframes;

import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * The numeric column types that {@code y} and exogenous columns may have, and their decoding to
 * doubles a batch at a time: float64 as it is, float32 widened (exactly), integers converted (exact
 * up to 2^53, as in pandas).
 */
final class ValueColumn {

    /** What {@link #isNumeric} accepts, for messages. */
    static final String EXPECTED = "float64, float32 or an integer type (not uint64)";

    private ValueColumn() {
    }

    static boolean isNumeric(ArrowType type) {
        if (type instanceof ArrowType.FloatingPoint floating) {
            return floating.getPrecision() != FloatingPointPrecision.HALF;
        }
        // uint64 beyond 2^63 would come back negative from getValueAsLong.
        return type instanceof ArrowType.Int integer && (integer.getIsSigned() || integer.getBitWidth() < 64);
    }

    /** Decodes rows [0, rows) of a column whose type {@link #isNumeric} accepted into {@code out}. */
    static void decode(FieldVector vector, int rows, double[] out) {
        if (vector instanceof Float8Vector doubles) {
            for (int i = 0; i < rows; i++) {
                out[i] = doubles.get(i);
            }
        } else if (vector instanceof Float4Vector floats) {
            for (int i = 0; i < rows; i++) {
                out[i] = floats.get(i);
            }
        } else {
            BaseIntVector integers = (BaseIntVector) vector;
            for (int i = 0; i < rows; i++) {
                out[i] = integers.getValueAsLong(i);
            }
        }
    }
}
