package dev.zenneural.dataframes;

import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;

/** {@link ColumnFill}s of the numeric columns zen writes: float64 values, date32 days, int64 indices. */
final class NumberFills {

    private NumberFills() {
    }

    static ColumnFill float64(DoubleBuffer values) {
        return (vector, from, rows) -> {
            Float8Vector out = (Float8Vector) vector;
            out.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                out.set(i, values.get(from + i));
            }
        };
    }

    /** Epoch days, each already checked to fit an int ({@link Date32Check}). */
    static ColumnFill date32(LongBuffer days) {
        return (vector, from, rows) -> {
            DateDayVector out = (DateDayVector) vector;
            out.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                out.set(i, (int) days.get(from + i));
            }
        };
    }

    static ColumnFill int64(LongBuffer indices) {
        return (vector, from, rows) -> {
            BigIntVector out = (BigIntVector) vector;
            out.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                out.set(i, indices.get(from + i));
            }
        };
    }
}
