package dev.zenneural.ml.io;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@link TimeSeriesCsv} as a {@link FrameReader}; also what {@link FrameReaders} falls back to. */
public final class CsvFrameFileReader implements FrameReader {

    /** A reader for long-format CSV files; ServiceLoader needs the public constructor. */
    public CsvFrameFileReader() {
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "txt");
    }

    @Override
    public TimeSeriesFrame read(Path path) throws IOException {
        return TimeSeriesCsv.read(path);
    }
}
