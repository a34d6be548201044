package dev.zenneural.ml.io;

import dev.zenneural.core.io.InputFormatException;

/**
 * A file (or stream) does not hold a valid frame, e.g. {@code classic.csv:17: column 'y': expected a
 * number, got "abc"}; formats without lines leave the line out.
 */
public final class FrameFormatException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    /** An error at a 1-based line of {@code source}. */
    public FrameFormatException(String source, long line, String detail) {
        super(source, line, detail, null);
    }

    /** An error at a 1-based line of {@code source}, caused by {@code cause}. */
    public FrameFormatException(String source, long line, String detail, Throwable cause) {
        super(source, line, detail, cause);
    }

    /** An error in {@code source} as a whole, or in a format without lines. */
    public FrameFormatException(String source, String detail) {
        super(source, 0, detail, null);
    }

    /** An error in {@code source} as a whole, or in a format without lines, caused by {@code cause}. */
    public FrameFormatException(String source, String detail, Throwable cause) {
        super(source, 0, detail, cause);
    }
}
