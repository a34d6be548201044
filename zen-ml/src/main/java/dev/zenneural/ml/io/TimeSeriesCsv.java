package dev.zenneural.ml.io;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Long-format CSV ({@code unique_id,ds,y}) in and out of {@link TimeSeriesFrame}.
 *
 * <p>Reading: UTF-8; an optional header (the first line is one when its third field is not a number)
 * names the columns in any order, extra columns are ignored; without a header the columns are
 * {@code unique_id,ds,y}. {@code ds} is an ISO date ({@code yyyy-MM-dd}) or an integer, the same in
 * every row; {@code y} a decimal number with a dot whatever the locale. Quoted fields (with commas,
 * doubled quotes, line breaks), CRLF and a byte-order mark are accepted. Any problem is a
 * {@link FrameFormatException} naming the source, the 1-based line, the column and what was expected.
 *
 * <p>Writing: a header, LF line ends, ids quoted where needed, dates in ISO form and each value as
 * the shortest decimal that reads back to the same double (no exponent notation), so a frame
 * survives a write and a read bit for bit.
 */
public final class TimeSeriesCsv {

    private TimeSeriesCsv() {
    }

    /** Reads a UTF-8 CSV file; error messages name the file as {@code path} is written. */
    public static TimeSeriesFrame read(Path path) throws IOException {
        try (Reader in = new StrictUtf8Reader(Files.newInputStream(path))) {
            return read(in, path.toString());
        }
    }

    /**
     * Reads CSV text from {@code in}, which stays open. A decoding error of {@code in} is reported at
     * the line being read when it was thrown, which an {@link java.io.InputStreamReader} may throw
     * early; {@link #read(Path)} reports the exact line.
     *
     * @param sourceName what error messages call the input, e.g. a file name
     */
    public static TimeSeriesFrame read(Reader in, String sourceName) throws IOException {
        return new CsvFrameReader(in, sourceName).read();
    }

    /** Writes {@code frame} to {@code path} as UTF-8, atomically: the old file stays until the new is whole. */
    public static void write(TimeSeriesFrame frame, Path path) throws IOException {
        AtomicFiles.write(path, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(frame, out);
            }
        });
    }

    /** Writes {@code frame} to {@code out}, which is flushed but stays open. */
    public static void write(TimeSeriesFrame frame, Writer out) throws IOException {
        CsvFrameWriter.write(frame, out);
    }
}
