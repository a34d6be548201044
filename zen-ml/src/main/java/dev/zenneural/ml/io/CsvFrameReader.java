package dev.zenneural.ml.io;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.FrameValidationException;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads one CSV input into a {@link TimeSeriesFrame}. The first data row decides what {@code ds}
 * is (an ISO date or an integer); every later row must agree, because a frame has one kind.
 */
final class CsvFrameReader {

    private final String source;
    private final CsvRecordReader records;
    private CsvLayout layout;
    private TimeSeriesFrameBuilder builder;
    private long kindLine;
    private String previousId;
    /** The record columns kept as exogenous ones, decided on the first data row, and their values. */
    private int[] exogColumns;
    private double[] exogValues;

    CsvFrameReader(Reader in, String source) {
        this.source = source;
        this.records = new CsvRecordReader(in, source);
    }

    TimeSeriesFrame read() throws IOException {
        if (!records.next()) {
            throw new FrameFormatException(source, "the input is empty; expected rows of "
                    + CsvLayout.ID + "," + CsvLayout.DS + "," + CsvLayout.Y);
        }
        layout = CsvLayout.of(records.fields(), source, records.line());
        if (!layout.hasHeader) {
            addRow();
        }
        while (records.next()) {
            addRow();
        }
        if (builder == null) {
            throw new FrameFormatException(source, "there are no rows after the header");
        }
        return builder.build();
    }

    private void addRow() {
        long line = records.line();
        if (records.fieldCount() != layout.fieldCount) {
            throw new FrameFormatException(source, line, "expected " + layout.fieldCount
                    + " fields like the first line, got " + records.fieldCount());
        }
        String id = records.field(layout.idColumn);
        if (id.isEmpty()) {
            throw columnError(line, CsvLayout.ID, "a series id", id);
        }
        long ds = parseDs(line, records.field(layout.dsColumn).strip());
        double y = parseY(line, records.field(layout.yColumn).strip());
        for (int c = 0; c < exogColumns.length; c++) {
            exogValues[c] = parseExog(line, builder.exogNames().get(c), records.field(exogColumns[c]).strip());
        }
        // One String per series, so the builder's identity check hits and ids are not kept per row.
        if (id.equals(previousId)) {
            id = previousId;
        } else {
            previousId = id;
        }
        try {
            builder.add(id, ds, y, exogValues);
        } catch (FrameValidationException e) {
            throw new FrameFormatException(source, line, "series '" + e.seriesId() + "': " + e.reason(), e);
        }
    }

    private long parseDs(long line, String text) {
        if (builder == null) {
            DsKind kind = kindOf(text);
            if (kind == null) {
                throw columnError(line, CsvLayout.DS, "an ISO date (yyyy-MM-dd) or an integer", text);
            }
            builder = TimeSeriesFrame.builder(kind, exogenous());
            kindLine = line;
        }
        if (builder.dsKind() == DsKind.DATE) {
            long day = CsvText.isoDateToEpochDay(text);
            if (day == CsvText.NOT_A_DATE) {
                throw columnError(line, CsvLayout.DS, "an ISO date (yyyy-MM-dd) like line " + kindLine, text);
            }
            return day;
        }
        if (CsvText.isInteger(text)) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // Only overflow gets here; the message below covers it.
            }
        }
        throw columnError(line, CsvLayout.DS, "an integer like line " + kindLine, text);
    }

    /** The extra columns whose value on the first data row is a number: the frame's exogenous columns. */
    private java.util.List<String> exogenous() {
        java.util.List<String> names = new java.util.ArrayList<>();
        int[] columns = new int[layout.extraColumns.length];
        for (int i = 0; i < layout.extraColumns.length; i++) {
            if (CsvText.isDecimal(records.field(layout.extraColumns[i]).strip())) {
                columns[names.size()] = layout.extraColumns[i];
                names.add(layout.extraNames.get(i));
            }
        }
        exogColumns = java.util.Arrays.copyOf(columns, names.size());
        exogValues = new double[names.size()];
        return names;
    }

    private double parseExog(long line, String column, String text) {
        if (CsvText.isDecimal(text)) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        throw columnError(line, column, "a finite number (it is numeric on the first row, so it is an exogenous"
                + " column)", text);
    }

    private static DsKind kindOf(String text) {
        if (CsvText.isInteger(text)) {
            return DsKind.INDEX;
        }
        return CsvText.isoDateToEpochDay(text) == CsvText.NOT_A_DATE ? null : DsKind.DATE;
    }

    private double parseY(long line, String text) {
        if (CsvText.isDecimal(text)) {
            double y = Double.parseDouble(text);
            if (Double.isFinite(y)) {
                return y;
            }
        } else if (text.isEmpty() || !CsvText.isMissingMarker(text)) {
            throw columnError(line, CsvLayout.Y, "a number", text);
        }
        throw columnError(line, CsvLayout.Y, "a finite number (missing values are not supported)", text);
    }

    private FrameFormatException columnError(long line, String column, String expected, String got) {
        return new FrameFormatException(source, line, "column '" + column + "': expected " + expected
                + ", got " + CsvText.shown(got));
    }
}
