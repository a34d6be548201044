package dev.zenneural.ml.io;

/**
 * A file (or stream) does not hold a valid frame. The message reads
 * {@code source:line: what was wrong}, e.g. {@code classic.csv:17: column 'y': expected a number,
 * got "abc"}, so a command line can print it as one line; formats without lines leave the line out.
 */
public final class FrameFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String detail;

    /** An error at a 1-based line of {@code source}. */
    public FrameFormatException(String source, long line, String detail) {
        this(source, line, detail, null);
    }

    /** An error at a 1-based line of {@code source}, caused by {@code cause}. */
    public FrameFormatException(String source, long line, String detail, Throwable cause) {
        super(source + ":" + line + ": " + detail, cause);
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    /** An error in {@code source} as a whole, or in a format without lines. */
    public FrameFormatException(String source, String detail) {
        this(source, detail, null);
    }

    /** An error in {@code source} as a whole, or in a format without lines, caused by {@code cause}. */
    public FrameFormatException(String source, String detail, Throwable cause) {
        super(source + ": " + detail, cause);
        this.source = source;
        this.line = 0;
        this.detail = detail;
    }

    /** The file name or other name of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 where the error has none. */
    public long line() {
        return line;
    }

    /** What was wrong, without source and line. */
    public String detail() {
        return detail;
    }
}
