package dev.zenneural.core.fann.data;

import dev.zenneural.core.io.InputFormatException;

/** A FANN file ({@code .data} or {@code .net}) that cannot be read. */
public final class FannFormatException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    public FannFormatException(String sourceName, int line, String problem) {
        super(sourceName, line, problem, null);
    }
}
