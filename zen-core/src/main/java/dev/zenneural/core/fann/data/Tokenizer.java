package dev.zenneural.core.fann.data;

import dev.zenneural.core.fann.text.LineReader;
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

    private final LineReader chars;
    private final StringBuilder token = new StringBuilder();
    private int tokenLine;
    private long tokenLength;

    Tokenizer(Reader in) {
        this.chars = new LineReader(in);
    }

    /** The next token, or null at the end of the input; cut to {@link #MAX_KEPT} characters. */
    String next() throws IOException {
        int c = chars.read();
        while (c >= 0 && LineReader.isSpace(c)) {
            c = chars.read();
        }
        if (c < 0) {
            return null;
        }
        tokenLine = chars.line();
        token.setLength(0);
        tokenLength = 0;
        while (c >= 0 && !LineReader.isSpace(c)) {
            if (tokenLength++ < MAX_KEPT) {
                token.append((char) c);
            }
            c = chars.read();
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
}
