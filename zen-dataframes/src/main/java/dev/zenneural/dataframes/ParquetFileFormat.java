package dev.zenneural.dataframes;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.ForecastWriter;
import dev.zenneural.ml.io.FrameReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Parquet for zen-ml's ServiceLoader look-ups: {@link ParquetFrameFiles#read(Path)} and
 * {@link ParquetFrameFiles#writeForecasts(ForecastFrame, Path)}.
 */
public final class ParquetFileFormat implements FrameReader, ForecastWriter {

    /** The instance ServiceLoader creates. */
    public ParquetFileFormat() {
    }

    @Override
    public String format() {
        return "Parquet";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("parquet", "pq");
    }

    @Override
    public TimeSeriesFrame read(Path path) throws IOException {
        return ParquetFrameFiles.read(path);
    }

    @Override
    public void write(ForecastFrame forecasts, Path path) throws IOException {
        ParquetFrameFiles.writeForecasts(forecasts, path);
    }
}
