package dev.zenneural.ml.io;

import java.util.List;

/**
 * Where {@code unique_id}, {@code ds} and {@code y} sit in the records of one CSV input, found from
 * its first record. That record is a header when its third field is not a number (nor a spelling of
 * a missing value); a header names the columns in any order and may carry extra ones: those whose
 * first value is a number become exogenous columns, the others are ignored. Without a header the
 * columns are {@code unique_id,ds,y}, and further fields are ignored.
 */
final class CsvLayout {

    static final String ID = "unique_id";
    static final String DS = "ds";
    static final String Y = "y";

    final boolean hasHeader;
    final int idColumn;
    final int dsColumn;
    final int yColumn;
    /** Every record must have as many fields as the first one. */
    final int fieldCount;
    /** The header's other columns, in order: candidates for exogenous columns. */
    final List<String> extraNames;
    final int[] extraColumns;

    private CsvLayout(boolean hasHeader, int idColumn, int dsColumn, int yColumn, int fieldCount,
            List<String> extraNames, int[] extraColumns) {
        this.hasHeader = hasHeader;
        this.idColumn = idColumn;
        this.dsColumn = dsColumn;
        this.yColumn = yColumn;
        this.fieldCount = fieldCount;
        this.extraNames = extraNames;
        this.extraColumns = extraColumns;
    }

    /** The layout that the first record of an input implies. */
    static CsvLayout of(List<String> first, String source, long line) {
        if (first.size() >= 3 && looksLikeValue(first.get(2).strip())) {
            return new CsvLayout(false, 0, 1, 2, first.size(), List.of(), new int[0]);
        }
        int id = column(first, ID, source, line);
        int ds = column(first, DS, source, line);
        int y = column(first, Y, source, line);
        List<String> names = new java.util.ArrayList<>();
        int[] columns = new int[first.size()];
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip();
            if (i != id && i != ds && i != y) {
                if (name.isEmpty() || names.contains(name)) {
                    throw new FrameFormatException(source, line, "header column " + (i + 1) + " is "
                            + (name.isEmpty() ? "unnamed" : "'" + name + "' again") + "; extra columns need distinct names");
                }
                columns[names.size()] = i;
                names.add(name);
            }
        }
        return new CsvLayout(true, id, ds, y, first.size(), List.copyOf(names),
                java.util.Arrays.copyOf(columns, names.size()));
    }

    private static boolean looksLikeValue(String text) {
        return CsvText.isDecimal(text) || CsvText.isMissingMarker(text);
    }

    private static int column(List<String> header, String name, String source, long line) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(name)) {
                if (found >= 0) {
                    throw new FrameFormatException(source, line, "header names column '" + name
                            + "' twice (fields " + (found + 1) + " and " + (i + 1) + ")");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new FrameFormatException(source, line, "header has no column '" + name + "' (found "
                    + String.join(",", header) + "); a file without a header must have the columns "
                    + ID + "," + DS + "," + Y);
        }
        return found;
    }
}
