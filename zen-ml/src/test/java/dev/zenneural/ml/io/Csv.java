package dev.zenneural.ml.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Shortcuts for the CSV tests. */
final class Csv {

    private Csv() {
    }

    static TimeSeriesFrame parse(String text) {
        try {
            return TimeSeriesCsv.read(new StringReader(text), "t.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String error(String text) {
        return assertThrows(FrameFormatException.class, () -> parse(text)).getMessage();
    }

    static Path resource(String name) {
        try {
            return Path.of(Csv.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
