package dev.zenneural.tools.cli;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.io.TimeSeriesCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** The data files {@code zen demo} ships on its class path (see the README beside them). */
final class DemoData {

    private static final String FOLDER = "/dev/zenneural/tools/demo/";

    private DemoData() {
    }

    /** FANN's mushroom pairs: {@code "train"} or {@code "test"}. */
    static TrainingData mushroom(String part) throws IOException {
        String name = "mushroom." + part + ".gz";
        try (Reader in = new InputStreamReader(new GZIPInputStream(open(name)), StandardCharsets.US_ASCII)) {
            return FannDataFile.read(in, name);
        }
    }

    /** AirPassengers, monthly 1949-01 to 1960-12, as {@code unique_id,ds,y}. */
    static TimeSeriesFrame airPassengers() throws IOException {
        String name = "air-passengers.csv";
        try (Reader in = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            return TimeSeriesCsv.read(in, name);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoData.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            // Only a broken build gets here: the files are in the jar.
            throw new UncheckedIOException(new IOException("the demo's data file " + name + " is not on the class"
                    + " path; rebuild zen-tools"));
        }
        return in;
    }
}
