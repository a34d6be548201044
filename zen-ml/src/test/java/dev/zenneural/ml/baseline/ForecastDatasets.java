package dev.zenneural.ml.baseline;

import dev.zenneural.core.testing.SharedDatasets;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.TimeSeriesCsv;
import java.io.IOException;

/**
 * The competition files of {@code shared/datasets/forecast} as frames, found by zen-core's
 * {@code SharedDatasets} (a test that needs them is skipped where they are absent).
 */
final class ForecastDatasets {

    private ForecastDatasets() {
    }

    /** Reads {@code <name>-train.csv} or {@code <name>-test.csv}, e.g. {@code read("m3-yearly", "train")}. */
    static TimeSeriesFrame read(String name, String part) throws IOException {
        return TimeSeriesCsv.read(SharedDatasets.forecast(name + "-" + part + ".csv"));
    }
}
