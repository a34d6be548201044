package dev.zenneural.dataframes;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.io.ForecastWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@link ArrowFrameFiles#writeForecasts(ForecastFrame, Path)} as a {@link ForecastWriter}. */
public final class ArrowForecastWriter implements ForecastWriter {

    /** The writer ServiceLoader creates. */
    public ArrowForecastWriter() {
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
    public void write(ForecastFrame forecasts, Path path) throws IOException {
        ArrowFrameFiles.writeForecasts(forecasts, path);
    }
}
