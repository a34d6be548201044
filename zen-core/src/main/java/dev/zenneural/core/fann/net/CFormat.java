package dev.zenneural.core.fann.net;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf} conversions that libfann writes floats with, whatever the default locale:
 * {@code %f} and {@code %.20e} of a float promoted to double, rounded from the exact binary value
 * half-to-even as glibc does (Java's {@code String.format} rounds from the shortest decimal instead).
 */
final class CFormat {

    private static final int E_DIGITS = 20;

    private CFormat() {
    }

    /** {@code printf("%f", value)}. */
    static String fixed6(float value) {
        String special = special(value);
        if (special != null) {
            return special;
        }
        String text = new BigDecimal(Math.abs((double) value)).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        return negative(value) ? "-" + text : text;
    }

    /** {@code printf("%.20e", value)}. */
    static String exp20(float value) {
        String special = special(value);
        if (special != null) {
            return special;
        }
        String sign = negative(value) ? "-" : "";
        double magnitude = Math.abs((double) value);
        if (magnitude == 0) {
            return sign + "0." + "0".repeat(E_DIGITS) + "e+00";
        }
        BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(E_DIGITS + 1, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        StringBuilder mantissa = new StringBuilder(digits);
        while (mantissa.length() < E_DIGITS + 1) {
            mantissa.append('0');
        }
        mantissa.setLength(E_DIGITS + 1);
        int absExponent = Math.abs(exponent);
        return sign + mantissa.charAt(0) + "." + mantissa.substring(1) + "e" + (exponent < 0 ? "-" : "+")
                + (absExponent < 10 ? "0" : "") + absExponent;
    }

    private static boolean negative(float value) {
        return Float.floatToRawIntBits(value) < 0;
    }

    /** glibc's spellings of NaN and the infinities. */
    private static String special(float value) {
        if (Float.isNaN(value)) {
            return negative(value) ? "-nan" : "nan";
        }
        if (Float.isInfinite(value)) {
            return value < 0 ? "-inf" : "inf";
        }
        return null;
    }
}
