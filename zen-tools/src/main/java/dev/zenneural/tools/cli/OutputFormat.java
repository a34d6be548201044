package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/** How {@code zen forecast} writes its forecast frame. */
enum OutputFormat {

    /** neuralforecast's CSV: a header, then one line a row. */
    CSV {
        @Override
        void write(ForecastFrame frame, Writer out) throws IOException {
            frame.writeCsv(out);
        }
    },
    /** An array of row objects; see {@link ForecastJson}. */
    JSON {
        @Override
        void write(ForecastFrame frame, Writer out) throws IOException {
            ForecastJson.write(frame, out);
        }
    };

    abstract void write(ForecastFrame frame, Writer out) throws IOException;

    /** JSON for a file whose name ends in {@code .json}, CSV for any other file and for stdout (null). */
    static OutputFormat of(Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
    }
}
