package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastFrame;
import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.tools.json.JsonStrings;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A forecast frame as JSON: an array with one object per row, keyed by neuralforecast's column
 * names in the CSV's order ({@code unique_id}, {@code ds}, {@code cutoff} where there is one, then
 * the model columns). {@code ds} and {@code cutoff} are ISO date strings ({@code "1960-01-01"}) for
 * dated series and integers for integer-indexed ones, as the CSV writes them. Values are JSON numbers
 * with the CSV's digits (Java's shortest round-trip form); NaN and infinities, which JSON cannot
 * hold, are {@code null}.
 */
final class ForecastJson {

    private ForecastJson() {
    }

    /** Writes the whole frame, one row object per line. */
    static void write(ForecastFrame frame, Writer out) throws IOException {
        List<String> columns = frame.columns();
        double[][] values = new double[columns.size()][];
        String[] keys = new String[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = frame.column(columns.get(c));
            keys[c] = JsonStrings.quote(columns.get(c));
        }
        StringBuilder row = new StringBuilder();
        out.write('[');
        for (int r = 0; r < frame.rowCount(); r++) {
            row.setLength(0);
            row.append(r == 0 ? "\n" : ",\n").append("{\"unique_id\":").append(JsonStrings.quote(frame.id(r)))
                    .append(",\"ds\":").append(ds(frame.dsKind(), frame.ds(r)));
            if (frame.hasCutoff()) {
                row.append(",\"cutoff\":").append(ds(frame.dsKind(), frame.cutoff(r)));
            }
            for (int c = 0; c < keys.length; c++) {
                row.append(',').append(keys[c]).append(':').append(number(values[c][r]));
            }
            out.write(row.append('}').toString());
        }
        out.write(frame.rowCount() == 0 ? "]\n" : "\n]\n");
    }

    private static String ds(DsKind kind, long ds) {
        return kind == DsKind.INDEX ? kind.format(ds) : JsonStrings.quote(kind.format(ds));
    }

    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
