package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.io.FrameFormatException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * Turns the Arrow column {@code ds} into the frame's {@code ds} values, a batch at a time: date32
 * as it is; date64 and timestamps (any unit; with a zone, the date on that zone's clock) as epoch
 * days, which they must hold whole, since a frame holds dates, not times of day; signed integers
 * as {@link DsKind#INDEX} values. The type is looked at once per batch, never per row.
 */
final class DsColumn {

    private enum Encoding { DAYS, UNITS, INDEX }

    private static final long SECONDS_PER_DAY = 86_400;

    private final String source;
    private final ArrowType type;
    private final Encoding encoding;
    private final DsKind kind;
    /** Units per second of date64 (milliseconds) and timestamps; 0 otherwise. */
    private final long unitsPerSecond;
    /** The timestamps' zone, or null for date64 and timestamps without one (read as UTC). */
    private final ZoneOffsetCache zone;

    private DsColumn(String source, ArrowType type, Encoding encoding, long unitsPerSecond, ZoneId zone) {
        this.source = source;
        this.type = type;
        this.encoding = encoding;
        this.kind = encoding == Encoding.INDEX ? DsKind.INDEX : DsKind.DATE;
        this.unitsPerSecond = unitsPerSecond;
        this.zone = zone == null ? null : new ZoneOffsetCache(zone);
    }

    /**
     * The decoder for a {@code ds} column of {@code type}.
     *
     * @throws FrameFormatException if the type is none of those above, or the zone is unknown
     */
    static DsColumn of(ArrowType type, String source) {
        if (type instanceof ArrowType.Date date) {
            return date.getUnit() == DateUnit.DAY ? new DsColumn(source, type, Encoding.DAYS, 0, null)
                    : new DsColumn(source, type, Encoding.UNITS, 1_000, null);
        }
        if (type instanceof ArrowType.Timestamp timestamp) {
            long perSecond = switch (timestamp.getUnit()) {
                case SECOND -> 1;
                case MILLISECOND -> 1_000;
                case MICROSECOND -> 1_000_000;
                case NANOSECOND -> 1_000_000_000;
            };
            return new DsColumn(source, type, Encoding.UNITS, perSecond, zoneOf(timestamp, source));
        }
        if (type instanceof ArrowType.Int integer && integer.getIsSigned()) {
            return new DsColumn(source, type, Encoding.INDEX, 0, null);
        }
        throw new FrameFormatException(source, "column '" + FrameArrowSchema.DS + "': expected date32, date64,"
                + " timestamp (any unit, with or without zone) or a signed integer, got " + type);
    }

    private static ZoneId zoneOf(ArrowType.Timestamp timestamp, String source) {
        String name = timestamp.getTimezone();
        if (name == null || name.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new FrameFormatException(source, "column '" + FrameArrowSchema.DS + "': expected a time zone"
                    + " that java.time knows, got '" + name + "'", e);
        }
    }

    /** Dates or indices, as the Arrow type says. */
    DsKind kind() {
        return kind;
    }

    /**
     * Decodes rows [0, rows) of {@code vector} into {@code out}; {@code firstRow} is the frame row
     * of row 0, for messages.
     */
    void decode(FieldVector vector, int rows, long[] out, long firstRow) {
        switch (encoding) {
            case DAYS -> {
                DateDayVector days = (DateDayVector) vector;
                for (int i = 0; i < rows; i++) {
                    out[i] = days.get(i);
                }
            }
            case INDEX -> {
                BaseIntVector indices = (BaseIntVector) vector;
                for (int i = 0; i < rows; i++) {
                    out[i] = indices.getValueAsLong(i);
                }
            }
            case UNITS -> {
                if (vector instanceof DateMilliVector millis) {
                    for (int i = 0; i < rows; i++) {
                        out[i] = epochDay(millis.get(i), firstRow + i);
                    }
                } else {
                    TimeStampVector stamps = (TimeStampVector) vector;
                    for (int i = 0; i < rows; i++) {
                        out[i] = epochDay(stamps.get(i), firstRow + i);
                    }
                }
            }
        }
    }

    private long epochDay(long value, long row) {
        long seconds = Math.floorDiv(value, unitsPerSecond);
        long local = seconds;
        if (zone != null) {
            try {
                local = Math.addExact(seconds, zone.offsetSeconds(seconds));
            } catch (DateTimeException | ArithmeticException e) {
                throw notADay(value, row);
            }
        }
        if (Math.floorMod(value, unitsPerSecond) != 0 || Math.floorMod(local, SECONDS_PER_DAY) != 0) {
            throw notADay(value, row);
        }
        return Math.floorDiv(local, SECONDS_PER_DAY);
    }

    private FrameFormatException notADay(long value, long row) {
        return new FrameFormatException(source, "row " + row + ": column '" + FrameArrowSchema.DS + "': expected"
                + " whole days (midnight" + (zone == null ? "" : " on the zone's clock") + "; a frame holds dates),"
                + " got " + shown(value) + " (" + type + ")");
    }

    private String shown(long value) {
        try {
            long seconds = Math.floorDiv(value, unitsPerSecond);
            int nanos = (int) (Math.floorMod(value, unitsPerSecond) * (1_000_000_000 / unitsPerSecond));
            int offset = zone == null ? 0 : zone.offsetSeconds(seconds);
            return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.ofTotalSeconds(offset)).toString();
        } catch (DateTimeException e) {
            return value + " " + type;
        }
    }
}
