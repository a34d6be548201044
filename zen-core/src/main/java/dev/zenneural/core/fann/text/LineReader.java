package dev.zenneural.core.fann.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads characters one at a time from a buffered {@link Reader} and counts lines as C text files
 * have them: a line ends at LF, CR LF or a lone CR. The readers of FANN's text formats use it to
 * name the line of every error.
 */
public final class LineReader {

    /** What {@link #read()} returns at the end of the input. */
    public static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private boolean afterCr;

    public LineReader(Reader in) {
        this.in = in;
    }

    /** The next character, or {@link #EOF}. */
    public int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
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

    /** The 1-based line of the next character to be read. */
    public int line() {
        return line;
    }

    /** C's {@code isspace} in the "C" locale, which libfann's {@code fscanf} skips. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }
}
