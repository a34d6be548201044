package dev.zenneural.ml.frame;

import java.time.LocalDate;

/**
 * What the {@code ds} values of a {@link TimeSeriesFrame} mean. One kind holds for the whole frame,
 * like the single dtype of a pandas column, so models never have to reconcile calendars per series.
 */
public enum DsKind {

    /** Calendar dates ({@code yyyy-MM-dd}), stored as days since 1970-01-01. */
    DATE {
        @Override
        public String format(long ds) {
            return LocalDate.ofEpochDay(ds).toString();
        }

        @Override
        boolean inRange(long ds) {
            return ds >= MIN_EPOCH_DAY && ds <= MAX_EPOCH_DAY;
        }
    },

    /** Integer time indices without a calendar (1, 2, 3, ...), stored as they are. */
    INDEX {
        @Override
        public String format(long ds) {
            return Long.toString(ds);
        }

        @Override
        boolean inRange(long ds) {
            return true;
        }
    };

    // Outside these, LocalDate cannot represent (or print) the day.
    private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();

    /** The value as people write it: an ISO date for {@link #DATE}, the integer for {@link #INDEX}. */
    public abstract String format(long ds);

    abstract boolean inRange(long ds);
}
