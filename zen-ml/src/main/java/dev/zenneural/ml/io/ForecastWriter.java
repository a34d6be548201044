package dev.zenneural.ml.io;

import dev.zenneural.ml.forecast.ForecastFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes forecasts in a binary format (Arrow IPC, Parquet); found at run time with
 * {@link java.util.ServiceLoader} (see {@link ForecastWriters}). CSV and JSON, which need no gate,
 * are written by {@link ForecastFrame#writeCsv} and the command line.
 */
public interface ForecastWriter {

    /** What people call the format, for messages: "Arrow IPC", "Parquet". */
    String format();

    /** The file name endings this writer claims, lower case, without the dot. */
    Set<String> extensions();

    /** Writes {@code forecasts} to {@code path}, atomically: an old file stays until the new one is whole. */
    void write(ForecastFrame forecasts, Path path) throws IOException;
}
