package dev.zenneural.ml.forecast;

import dev.zenneural.core.io.InputFormatException;

/** A saved forecaster that cannot be read: wrong type of file, corrupted, truncated or from a newer version. */
public final class ModelFormatException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    ModelFormatException(String source, String detail, Throwable cause) {
        super(source, 0, detail, cause);
    }
}
