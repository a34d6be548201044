package dev.zenneural.core.fann.net;

import dev.zenneural.core.fann.data.FannFormatException;
import dev.zenneural.core.fann.text.LineReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a {@code .net} file piece by piece: keys up to {@code =}, number tokens, the punctuation of
 * {@code (a, b, c)} entries, knowing the 1-based line of each piece. Whitespace between pieces is C's
 * {@code isspace}, as for libfann's {@code fscanf}; lines end at LF, CR LF or CR. Pieces are kept only
 * up to {@link #MAX_KEPT} characters, so a file without separators does not become one huge string.
 */
final class NetScanner {

    static final int MAX_KEPT = 200;
    private static final int EOF = LineReader.EOF;

    private final LineReader chars;
    private final String source;
    private final StringBuilder piece = new StringBuilder();
    private int pushedBack = -2;
    private int pieceLine = 1;
    private boolean tuples;

    NetScanner(Reader in, String source) {
        this.chars = new LineReader(in);
        this.source = source;
    }

    /** An error at the line of the last piece read. */
    FannFormatException error(String problem) {
        return new FannFormatException(source, pieceLine, problem);
    }

    int pieceLine() {
        return pieceLine;
    }

    /** The first line, without its line end; null at the end of the input. */
    String firstLine() throws IOException {
        piece.setLength(0);
        int c = read();
        if (c == EOF) {
            return null;
        }
        while (c != EOF && c != '\n' && c != '\r') {
            keep(c);
            c = read();
        }
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        return piece.toString();
    }

    /**
     * Reads {@code key=} as libfann's {@code fscanf} matches the format {@code "key="}: every character
     * literally, except that each space of {@code key} (as in {@code "neurons (num_inputs, ..."}) is a
     * whitespace directive, which matches any run of whitespace, line ends included, or none. Fails with
     * what was found instead.
     */
    void expectKey(String key) throws IOException {
        int c = skipSpace();
        if (c == EOF) {
            throw error("unexpected end of file; expected '" + key + "='");
        }
        piece.setLength(0);
        int k = 0;
        while (k < key.length()) {
            if (key.charAt(k) == ' ') {
                while (LineReader.isSpace(c)) {
                    keep(c);
                    c = read();
                }
                k++;
            } else if (c == key.charAt(k)) {
                keep(c);
                c = read();
                k++;
            } else {
                break;
            }
        }
        if (k == key.length() && c == '=') {
            return;
        }
        int matched = k == key.length() ? piece.length() : -1;
        while (c != EOF && c != '=' && c != '\n' && c != '\r') {
            keep(c);
            c = read();
        }
        String found = shown();
        int lineEnd = lineEnd(found);
        if (c != '=' || lineEnd < found.length()) {
            // a key's whitespace may run over line ends; what is shown stays on the key's first line
            throw error("expected '" + key + "=' but found '" + found.substring(0, lineEnd).strip() + "'");
        }
        // Shown unstripped: 'key =' must not read as the 'key=' expected. libfann's fscanf fails on it too,
        // while whitespace after '=' is skipped by both.
        boolean spaced = matched >= 0 && matched < piece.length() && piece.substring(matched).isBlank();
        throw error("expected '" + key + "=' but found '" + shown() + "='"
                + (spaced ? "; FANN files allow no whitespace before '='" : ""));
    }

    private static int lineEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return s.length();
    }

    /** From now on tokens also end at {@code ,}, {@code (} and {@code )}: the entries are tuples. */
    void tuples() {
        tuples = true;
    }

    /**
     * The next number-like token, ending at whitespace (and in tuples at {@code ,}, {@code (} or
     * {@code )}); null at the end.
     */
    String token() throws IOException {
        int c = skipSpace();
        if (c == EOF) {
            return null;
        }
        piece.setLength(0);
        while (c != EOF && !LineReader.isSpace(c) && !(tuples && (c == ',' || c == '(' || c == ')'))) {
            keep(c);
            c = read();
        }
        unread(c);
        return piece.toString();
    }

    /** Reads the character {@code expected} after optional whitespace, failing with {@code what}. */
    void expect(char expected, String what) throws IOException {
        int c = skipSpace();
        if (c != expected) {
            throw error("expected '" + expected + "' " + what + " but found " + describe(c));
        }
    }

    /** Whether only whitespace is left; if not, the next piece is kept for {@link #rest()}. */
    boolean atEnd() throws IOException {
        int c = skipSpace();
        if (c == EOF) {
            return true;
        }
        piece.setLength(0);
        while (c != EOF && !LineReader.isSpace(c)) {
            keep(c);
            c = read();
        }
        return false;
    }

    /** The piece {@link #atEnd()} found. */
    String rest() {
        return shown();
    }

    /** What the last piece was, for messages, cut if long. */
    String shown() {
        return piece.length() >= MAX_KEPT ? piece + "..." : piece.toString();
    }

    private String describe(int c) {
        if (c == EOF) {
            return "the end of the file";
        }
        piece.setLength(0);
        while (c != EOF && !LineReader.isSpace(c) && piece.length() < 40) {
            keep(c);
            c = read0();
        }
        return "'" + piece + "'";
    }

    private int read0() {
        try {
            return read();
        } catch (IOException e) {
            return EOF;
        }
    }

    private void keep(int c) {
        if (piece.length() < MAX_KEPT) {
            piece.append((char) c);
        }
    }

    private int skipSpace() throws IOException {
        int c = read();
        while (c != EOF && LineReader.isSpace(c)) {
            c = read();
        }
        pieceLine = chars.line();
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return chars.read();
    }
}
