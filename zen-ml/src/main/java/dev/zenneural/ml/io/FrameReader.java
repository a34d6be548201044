package dev.zenneural.ml.io;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one file format into a {@link TimeSeriesFrame}; found at run time with
 * {@link java.util.ServiceLoader} (see {@link FrameReaders}). zen-ml registers the CSV reader;
 * zen-dataframes, where it is on the class path, registers Arrow IPC and Parquet.
 */
public interface FrameReader {

    /** What people call the format, for messages: "CSV", "Arrow IPC", "Parquet". */
    String format();

    /** The file name endings this reader claims, lower case, without the dot: "csv", "parquet". */
    Set<String> extensions();

    /**
     * Reads the frame in {@code path}.
     *
     * @throws FrameFormatException if the file does not hold a valid frame; the message names the
     *     file, the column and what was expected
     */
    TimeSeriesFrame read(Path path) throws IOException;
}
