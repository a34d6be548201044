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

    /** What the readers report, after "found", for {@link #startsWithBom}. */
    public static final String BOM_FOUND = "a UTF-8 byte order mark (BOM) at the start of the file; FANN files have"
            + " none";

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

    /**
     * Whether {@code text} starts with a UTF-8 byte order mark, decoded (U+FEFF) or read byte by byte
     * as ISO-8859-1, as the file readers do. libfann fails on one too, without saying why; shown as
     * found, the mark reads as stray characters before a header that looks valid.
     */
    public static boolean startsWithBom(String text) {
        return text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF");
    }

    /** C's {@code isspace} in the "C" locale, which libfann's {@code fscanf} skips. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }
}
