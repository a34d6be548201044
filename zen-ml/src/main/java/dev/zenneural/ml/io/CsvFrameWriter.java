package dev.zenneural.ml.io;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link TimeSeriesFrame} as CSV with a header, LF line ends and exact decimal values. */
final class CsvFrameWriter {

    private CsvFrameWriter() {
    }

    static void write(TimeSeriesFrame frame, Writer out) throws IOException {
        out.write(CsvLayout.ID + "," + CsvLayout.DS + "," + CsvLayout.Y + "\n");
        DsKind kind = frame.dsKind();
        StringBuilder line = new StringBuilder(64);
        for (int series = 0; series < frame.seriesCount(); series++) {
            String id = CsvText.quoteIfNeeded(frame.id(series));
            int end = frame.start(series) + frame.length(series);
            for (int row = frame.start(series); row < end; row++) {
                line.setLength(0);
                line.append(id).append(',').append(kind.format(frame.dsAt(row))).append(',')
                        .append(CsvText.formatDecimal(frame.yAt(row))).append('\n');
                out.append(line);
            }
        }
        out.flush();
    }
}
