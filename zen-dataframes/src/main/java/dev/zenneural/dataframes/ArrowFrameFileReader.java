package dev.zenneural.dataframes;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@link ArrowFrameFiles#read(Path)} as a {@link FrameReader}: Arrow IPC files and streams, Feather v2. */
public final class ArrowFrameFileReader implements FrameReader {

    /** The reader ServiceLoader creates. */
    public ArrowFrameFileReader() {
    }

    @Override
    public String format() {
        return "Arrow IPC";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("arrow", "arrows", "feather", "ipc");
    }

    @Override
    public TimeSeriesFrame read(Path path) throws IOException {
        return ArrowFrameFiles.read(path);
    }
}
