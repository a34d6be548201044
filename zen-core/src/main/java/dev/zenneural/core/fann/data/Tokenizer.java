package dev.zenneural.core.fann.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into whitespace-separated tokens and knows the line each starts on.
 *
 * <p>Whitespace is C's {@code isspace} in the "C" locale, as for libfann's {@code fscanf}. A line
 * ends at LF, CR LF or a lone CR. Tokens are kept only up to {@link #MAX_KEPT} characters, so that
 * a file without separators does not become one huge string; the reader refuses longer tokens
 * (a float needs at most nine significant digits, and no writer pads to hundreds).
 */
final class Tokenizer {

    static final int MAX_KEPT = 200;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder token = new StringBuilder();
    private int position;
    private int limit;
    private int line = 1;
    private boolean afterCr;
    private int tokenLine;
    private long tokenLength;

    Tokenizer(Reader in) {
        this.in = in;
    }

    /** The next token, or null at the end of the input; cut to {@link #MAX_KEPT} characters. */
    String next() throws IOException {
        int c = read();
        while (c >= 0 && isSpace(c)) {
            c = read();
        }
        if (c < 0) {
            return null;
        }
        tokenLine = line;
        token.setLength(0);
        tokenLength = 0;
        while (c >= 0 && !isSpace(c)) {
            if (tokenLength++ < MAX_KEPT) {
                token.append((char) c);
            }
            c = read();
        }
        return token.toString();
    }

    /** The line the last token starts on. */
    int tokenLine() {
        return tokenLine;
    }

    /** The full length of the last token, which may be more than was kept. */
    long tokenLength() {
        return tokenLength;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        char c = buffer[position++];
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
        return c;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }
}
