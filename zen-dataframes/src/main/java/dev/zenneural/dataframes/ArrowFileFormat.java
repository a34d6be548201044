package dev.zenneural.dataframes;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.ForecastWriter;
import dev.zenneural.ml.io.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Arrow IPC files and streams (and Feather v2, which is the IPC file) for zen-ml's ServiceLoader
 * look-ups: {@link ArrowFrameFiles#read(Path)} and {@link ArrowFrameFiles#writeForecasts(ForecastFrame, Path)}.
 */
public final class ArrowFileFormat implements FrameReader, ForecastWriter {

    /** The instance ServiceLoader creates. */
    public ArrowFileFormat() {
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

    @Override
    public void write(ForecastFrame forecasts, Path path) throws IOException {
        ArrowFrameFiles.writeForecasts(forecasts, path);
    }
}
