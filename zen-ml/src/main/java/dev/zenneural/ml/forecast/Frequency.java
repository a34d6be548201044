package dev.zenneural.ml.forecast;

import dev.zenneural.ml.frame.DsKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * How far apart consecutive {@code ds} values are, neuralforecast's {@code freq}: what the
 * timestamps of a forecast continue with. Calendar frequencies step dates: months, quarters and
 * years keep the day of the month (M3's and Tourism's month-start dates), and a month's last day
 * stays the last day (pandas' month-end dates); {@link #INDEX} steps integer indices by one.
 */
public enum Frequency {

    /** Integer time indices, {@code freq=1}. */
    INDEX("1", DsKind.INDEX) {
        @Override
        public long plus(long ds, int steps) {
            return ds + steps;
        }
    },
    DAILY("D", DsKind.DATE) {
        @Override
        public long plus(long ds, int steps) {
            return ds + steps;
        }
    },
    WEEKLY("W", DsKind.DATE) {
        @Override
        public long plus(long ds, int steps) {
            return ds + 7L * steps;
        }
    },
    MONTHLY("M", DsKind.DATE) {
        @Override
        public long plus(long ds, int steps) {
            return months(ds, steps);
        }
    },
    QUARTERLY("Q", DsKind.DATE) {
        @Override
        public long plus(long ds, int steps) {
            return months(ds, 3L * steps);
        }
    },
    YEARLY("Y", DsKind.DATE) {
        @Override
        public long plus(long ds, int steps) {
            return months(ds, 12L * steps);
        }
    };

    /**
     * {@code months} calendar months after the day {@code ds}: a month's last day steps to the
     * last day of the target month (pandas' month-end and quarter-end dates: Jan 31, Feb 29,
     * Mar 31), any other day keeps its day of the month where it exists.
     */
    private static long months(long ds, long months) {
        LocalDate d = LocalDate.ofEpochDay(ds);
        if (d.getDayOfMonth() == d.lengthOfMonth()) {
            return java.time.YearMonth.from(d).plusMonths(months).atEndOfMonth().toEpochDay();
        }
        return d.plusMonths(months).toEpochDay();
    }

    private final String code;
    private final DsKind kind;

    Frequency(String code, DsKind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The {@code ds} value {@code steps} periods after {@code ds}. */
    public abstract long plus(long ds, int steps);

    /** The pandas-style code: {@code 1}, {@code D}, {@code W}, {@code M}, {@code Q}, {@code Y}. */
    public String code() {
        return code;
    }

    /** The kind of {@code ds} this frequency steps. */
    public DsKind dsKind() {
        return kind;
    }

    /**
     * The frequency with pandas-style code {@code code} ({@code MS}, {@code QS}, {@code YS},
     * {@code A} are accepted as their start-of-period spellings).
     *
     * @throws IllegalArgumentException naming the known codes for anything else
     */
    public static Frequency fromCode(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        switch (c) {
            case "MS" -> c = "M";
            case "QS" -> c = "Q";
            case "YS", "A", "AS" -> c = "Y";
            default -> {
            }
        }
        for (Frequency f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown frequency '" + code + "'; expected one of "
                + Arrays.stream(values()).map(Frequency::code).toList());
    }
}
