package dev.zenneural.ml.frame;

/**
 * A row broke a rule of {@link TimeSeriesFrame}: its series, the 0-based row of the frame and the
 * reason are kept apart so that readers of files can report the file's own line instead of the row.
 */
public final class FrameValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String seriesId;
    private final long row;
    private final String reason;

    /** A rejected row of series {@code seriesId} at 0-based frame row {@code row}. */
    public FrameValidationException(String seriesId, long row, String reason) {
        super("series '" + seriesId + "', row " + row + ": " + reason);
        this.seriesId = seriesId;
        this.row = row;
        this.reason = reason;
    }

    /** The id of the series the offending row belongs to. */
    public String seriesId() {
        return seriesId;
    }

    /** The 0-based row of the frame being built. */
    public long row() {
        return row;
    }

    /** What was wrong, without series and row. */
    public String reason() {
        return reason;
    }
}
