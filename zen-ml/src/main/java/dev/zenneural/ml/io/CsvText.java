package dev.zenneural.ml.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The text forms of CSV values, independent of the default locale: decimal numbers always with a
 * dot, dates always ISO {@code yyyy-MM-dd}.
 */
final class CsvText {

    /** What {@link #isoDateToEpochDay} returns for text that is not a date. */
    static final long NOT_A_DATE = Long.MIN_VALUE;

    // Spellings of "no value" from R, pandas and spreadsheets: numbers in spirit, so not a header.
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "-nan", "null", "none",
            "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

    private static final int MAX_SHOWN = 60;

    private CsvText() {
    }

    /**
     * Whether {@code text} is a plain decimal number: optional sign, digits with an optional
     * fraction, optional exponent. Stricter than {@link Double#parseDouble}, which also takes hex,
     * type suffixes and surrounding blanks.
     */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = skipSign(text, 0);
        int mantissa = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            mantissa++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = skipSign(text, i + 1);
            int exponent = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    /** Whether {@code text} is one of the usual spellings of a missing or infinite value. */
    static boolean isMissingMarker(String text) {
        return MISSING.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} is an optionally signed run of ASCII digits. */
    static boolean isInteger(String text) {
        int i = skipSign(text, 0);
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The epoch day of an ISO {@code yyyy-MM-dd} date, or {@link #NOT_A_DATE}. */
    static long isoDateToEpochDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return NOT_A_DATE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return NOT_A_DATE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_A_DATE;
        }
    }

    /**
     * The shortest text that parses back to exactly {@code value}, never in exponent notation, and
     * without a trailing ".0" on whole numbers (so 112 stays 112, as in the source files).
     */
    static String formatDecimal(double value) {
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
        }
        // BigDecimal.valueOf goes through Double.toString, the shortest exact round trip.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code text} as one CSV field: in quotes (with quotes doubled) where it needs them. */
    static String quoteIfNeeded(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    /** A field value as an error message shows it: quoted, and cut short if long. */
    static String shown(String text) {
        if (text.isEmpty()) {
            return "an empty field";
        }
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
        return '"' + cut + '"';
    }

    private static int skipSign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The non-negative value of the ASCII digits in [from, to), or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
