package dev.zenneural.ml.io;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Picks the {@link FrameReader} for a file by its name's ending, among the readers registered with
 * {@link java.util.ServiceLoader}. A file whose ending no reader claims is read as CSV, as zen
 * always did; an ending of a format whose reader lives in a gate that was not built (Arrow,
 * Parquet) is an error that says how to build it, never an attempt to read binary data as CSV.
 */
public final class FrameReaders {

    private FrameReaders() {
    }

    /** Every registered reader, in class-path order. */
    public static List<FrameReader> all() {
        List<FrameReader> found = new ArrayList<>();
        ServiceLoader.load(FrameReader.class, FrameReaders.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /**
     * The reader for {@code path}.
     *
     * @throws FrameFormatException if the ending belongs to a format whose gate is not on the class
     *     path; the message names the gate and how to build it
     */
    public static FrameReader forPath(Path path) {
        String extension = GatedFormats.extension(path);
        for (FrameReader reader : all()) {
            if (reader.extensions().contains(extension)) {
                return reader;
            }
        }
        String gated = GatedFormats.missing(extension, "read");
        if (gated != null) {
            throw new FrameFormatException(path.toString(), gated);
        }
        return new CsvFrameFileReader();
    }

    /** Reads {@code path} with {@link #forPath(Path)}'s reader. */
    public static TimeSeriesFrame read(Path path) throws IOException {
        return forPath(path).read(path);
    }
}
