package dev.zenneural.core.fann.net;

import dev.zenneural.core.fann.text.CFloat;

/**
 * Parses integers as libfann's {@code fscanf} reads them, but only whole tokens: {@code %u} and
 * {@code %d} (floats: {@link CFloat}).
 */
final class CNumber {

    private CNumber() {
    }

    /**
     * A {@code %d} value.
     *
     * @throws NumberFormatException if the token is not a decimal int
     */
    static int parseInt(String token) {
        if (!token.matches("[+-]?[0-9]{1,10}")) {
            throw new NumberFormatException(token);
        }
        return Integer.parseInt(token);
    }

    /**
     * A {@code %u} value, without the sign C would accept and wrap.
     *
     * @throws NumberFormatException if the token is not an unsigned 32-bit decimal
     */
    static long parseUnsigned(String token) {
        if (!token.matches("[0-9]{1,10}")) {
            throw new NumberFormatException(token);
        }
        long value = Long.parseLong(token);
        if (value > 0xFFFF_FFFFL) {
            throw new NumberFormatException(token);
        }
        return value;
    }
}
