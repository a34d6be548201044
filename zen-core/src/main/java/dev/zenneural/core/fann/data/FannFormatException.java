package dev.zenneural.core.fann.data;

/**
 * A FANN file that cannot be read. The message is one line, {@code source:line: problem}, where the
 * problem says what was expected and what was found; the parts are also available on their own.
 */
public final class FannFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final String problem;

    public FannFormatException(String sourceName, int line, String problem) {
        super(sourceName + ":" + line + ": " + problem);
        this.sourceName = sourceName;
        this.line = line;
        this.problem = problem;
    }

    /** The file (or other source) as the reader was told its name. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line where the problem is. */
    public int line() {
        return line;
    }

    /** The message without source and line. */
    public String problem() {
        return problem;
    }
}
