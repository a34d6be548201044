package dev.zenneural.core.io;

/**
 * Input that cannot be read as what it should be: a FANN file, a CSV frame, ... The message is one
 * line, {@code source:line: detail} (or {@code source: detail} for an input without lines), where the
 * detail says what was expected and what was found, so a command line can print it as it is. One
 * type for every format, so callers catch a user's bad file in one place.
 */
public class InputFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String detail;

    /** A problem at a 1-based line of {@code source}, caused by {@code cause} (may be null). */
    public InputFormatException(String source, long line, String detail, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + detail, cause);
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    /** The file (or other input) as the reader was told its name. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 where the input has no lines or the problem no place. */
    public long line() {
        return line;
    }

    /** What was wrong, without source and line. */
    public String detail() {
        return detail;
    }
}
