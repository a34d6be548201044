package dev.zenneural.ml.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields, as RFC 4180 describes them: fields are separated by
 * commas; a field in double quotes may hold commas, line breaks and doubled quotes. LF, CRLF and a
 * lone CR all end a line, blank lines are skipped and a leading byte-order mark is dropped. Each
 * record remembers the 1-based line it starts on, which is what error messages cite.
 */
final class CsvRecordReader {

    private static final int EOF = -1;

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[8192];
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean atStart = true;

    CsvRecordReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException {
        fields.clear();
        int c = read();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        if (c == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = readQuoted();
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c != ',') {
                if (c != EOF) {
                    endLine(c);
                }
                return true;
            }
            c = read();
        }
    }

    /** The 1-based line the current record starts on. */
    long line() {
        return recordLine;
    }

    int fieldCount() {
        return fields.size();
    }

    /** Field {@code index} (0-based) of the current record, unquoted. */
    String field(int index) {
        return fields.get(index);
    }

    /** The fields of the current record, a view that the next record overwrites. */
    List<String> fields() {
        return fields;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing one. */
    private int readQuoted() throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new FrameFormatException(source, opened, "field " + (fields.size() + 1)
                        + ": the quote opened on this line is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\r' && after != '\n' && after != EOF) {
                        throw new FrameFormatException(source, line, "field " + (fields.size() + 1)
                                + ": expected ',' or the end of the line after a closing quote, got '"
                                + (char) after + "'");
                    }
                    return after;
                }
                // A doubled quote stands for one: fall through and keep it.
            } else if (c == '\r' || c == '\n') {
                // A line break inside quotes is data; it still moves the line count on.
                field.append((char) c);
                if (c == '\r' && peek() == '\n') {
                    field.append((char) read());
                }
                line++;
                continue;
            }
            field.append((char) c);
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (CharacterCodingException e) {
            throw new FrameFormatException(source, line, "malformed characters (files must be UTF-8)", e);
        }
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
