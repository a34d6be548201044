package dev.zenneural.core.fann.text;

import java.util.Locale;

/**
 * Reads a float the way C's {@code strtof} does (what libfann's {@code fscanf("%f")} uses), whatever
 * the default locale: decimal with optional exponent, hexadecimal ({@code 0x1.8p3}, exponent
 * optional), {@code inf}/{@code infinity} and {@code nan}/{@code nan(...)} in any case, each with
 * an optional sign. Unlike {@code fscanf} it wants the whole token, so {@code 1.5abc} is an error
 * rather than 1.5 followed by garbage, and Java-only spellings such as {@code 1f} or {@code 1d} are
 * refused. Only ASCII digits count, as in C.
 */
public final class CFloat {

    private CFloat() {
    }

    /**
     * The correctly rounded float for {@code token}: NaN and infinities for those words, infinity
     * for decimal values beyond float range.
     *
     * @throws NumberFormatException if the token is not a C float
     */
    public static float parse(String token) {
        int start = token.startsWith("+") || token.startsWith("-") ? 1 : 0;
        String body = token.substring(start).toLowerCase(Locale.ROOT);
        boolean negative = token.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        if (body.equals("nan") || (body.startsWith("nan(") && body.endsWith(")") && isNanChars(body))) {
            return Float.NaN;
        }
        if (body.startsWith("0x")) {
            if (!isHex(body.substring(2))) {
                throw new NumberFormatException(token);
            }
            String withExponent = body.indexOf('p') < 0 ? body + "p0" : body;
            float magnitude = Float.parseFloat(withExponent);
            return negative ? -magnitude : magnitude;
        }
        if (!isDecimal(body)) {
            throw new NumberFormatException(token);
        }
        return Float.parseFloat(token);
    }

    /** Whether {@code token} is one of the C spellings of infinity. */
    public static boolean isInfinityWord(String token) {
        String body = token.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
        return body.equals("inf") || body.equals("infinity");
    }

    private static boolean isNanChars(String body) {
        for (int i = 4; i < body.length() - 1; i++) {
            char c = body.charAt(i);
            if (!isDigit(c) && !(c >= 'a' && c <= 'z') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** digits [. digits] | . digits, then optionally e [sign] digits. */
    private static boolean isDecimal(String s) {
        return isNumber(s, CFloat::isDigit, 'e');
    }

    /** After "0x": hexdigits [. hexdigits] | . hexdigits, then optionally p [sign] digits. */
    private static boolean isHex(String s) {
        return isNumber(s, CFloat::isHexDigit, 'p');
    }

    /**
     * mantissa digits [. mantissa digits] | . mantissa digits, then optionally the exponent marker,
     * a sign and decimal digits (C writes hex exponents in decimal too).
     */
    private static boolean isNumber(String s, CharPredicate mantissaDigit, char exponentMarker) {
        int i = 0;
        int n = s.length();
        int mantissaDigits = 0;
        while (i < n && mantissaDigit.test(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && mantissaDigit.test(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == exponentMarker) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A test on one character, without boxing it. */
    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
    }
}
