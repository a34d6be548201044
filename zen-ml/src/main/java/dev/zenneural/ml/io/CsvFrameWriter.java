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
        StringBuilder header = new StringBuilder(CsvLayout.ID + "," + CsvLayout.DS + "," + CsvLayout.Y);
        for (String name : frame.exogNames()) {
            header.append(',').append(CsvText.quoteIfNeeded(name));
        }
        out.write(header.append('\n').toString());
        int exogCount = frame.exogNames().size();
        java.nio.DoubleBuffer[] exog = new java.nio.DoubleBuffer[exogCount];
        DsKind kind = frame.dsKind();
        StringBuilder line = new StringBuilder(64);
        for (int series = 0; series < frame.seriesCount(); series++) {
            String id = CsvText.quoteIfNeeded(frame.id(series));
            for (int c = 0; c < exogCount; c++) {
                exog[c] = frame.exog(frame.exogNames().get(c), series);
            }
            int start = frame.start(series);
            int end = start + frame.length(series);
            for (int row = start; row < end; row++) {
                line.setLength(0);
                line.append(id).append(',').append(kind.format(frame.dsAt(row))).append(',')
                        .append(CsvText.formatDecimal(frame.yAt(row)));
                for (int c = 0; c < exogCount; c++) {
                    line.append(',').append(CsvText.formatDecimal(exog[c].get(row - start)));
                }
                out.append(line.append('\n'));
            }
        }
        out.flush();
    }
}
