package dev.zenneural.core.fann.data;

import dev.zenneural.core.fann.text.CFloat;
import dev.zenneural.core.fann.text.LineReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parser behind {@link FannDataFile#read}. It accepts what libfann's reader accepts (values
 * separated by any whitespace, split over lines at will, C float syntax) with deliberate
 * differences, all to turn silent damage into an error: the header must be alone on the first
 * non-blank line, counts must be at least 1, values must be finite and whole tokens (libfann reads
 * {@code 1,5} as 1 and then fails on {@code ,5}), and nothing may follow the last declared value
 * (libfann ignores it).
 *
 * <p>Storage grows with the values actually read, never with the declared counts, so a header that
 * claims billions of pairs costs nothing until the values are there.
 */
final class FannDataReader {

    /** libfann reads the counts as {@code unsigned int}. */
    static final long MAX_COUNT = 0xFFFF_FFFFL;

    /** Initial storage when the input's size is unknown. */
    static final int STREAM_CAPACITY = 4096;

    private static final String HEADER = "expected header 'num_pairs num_inputs num_outputs'";
    private static final int SHOWN_CHARS = 40;
    private static final int SHOWN_HEADER_TOKENS = 4;

    private final Tokenizer tokens;
    private final String source;
    private final long capacityHint;
    private String pending;
    private int pendingLine;
    private long pendingLength;
    private int line = 1;
    private long length;

    private FannDataReader(Reader in, String source, long capacityHint) {
        this.tokens = new Tokenizer(in);
        this.source = source;
        this.capacityHint = capacityHint;
    }

    /**
     * Reads one training set.
     *
     * @param capacityHint the most values the input can hold (from its size), or less; storage
     *     starts no larger than this
     */
    static TrainingData read(Reader in, String source, long capacityHint) throws IOException {
        return new FannDataReader(in, source, capacityHint).read();
    }

    private TrainingData read() throws IOException {
        long[] counts = header();
        long numPairs = counts[0];
        long numInputs = counts[1];
        long numOutputs = counts[2];
        GrowableFloats inputs = new GrowableFloats(initialCapacity(numPairs, numInputs));
        GrowableFloats outputs = new GrowableFloats(initialCapacity(numPairs, numOutputs));
        long found = 0;
        for (long pair = 0; pair < numPairs; pair++) {
            for (long i = 0; i < numInputs; i++, found++) {
                store(inputs, value("input", i, pair, counts, found), counts);
            }
            for (long i = 0; i < numOutputs; i++, found++) {
                store(outputs, value("output", i, pair, counts, found), counts);
            }
        }
        String extra = next();
        if (extra != null) {
            throw error("expected end of file after " + numPairs + " " + plural(numPairs, "pair") + ", found "
                    + quoted(extra, length));
        }
        return TrainingData.adopt((int) numPairs, (int) numInputs, (int) numOutputs, inputs.toArray(),
                outputs.toArray());
    }

    private long[] header() throws IOException {
        String first = next();
        if (first == null) {
            throw error(HEADER + ", found end of file");
        }
        if (LineReader.startsWithBom(first)) {
            throw error(HEADER + ", found " + LineReader.BOM_FOUND);
        }
        int headerLine = line;
        List<String> header = new ArrayList<>(List.of(first));
        List<Long> lengths = new ArrayList<>(List.of(length));
        int headerTokens = 1;
        String token;
        while ((token = tokens.next()) != null && tokens.tokenLine() == headerLine) {
            if (headerTokens++ < SHOWN_HEADER_TOKENS) {
                header.add(token);
                lengths.add(tokens.tokenLength());
            }
        }
        pending = token;
        pendingLine = tokens.tokenLine();
        pendingLength = tokens.tokenLength();
        if (headerTokens != 3) {
            StringBuilder found = new StringBuilder();
            for (String t : header) {
                found.append(found.length() == 0 ? "" : " ").append(escaped(t));
            }
            found.append(headerTokens > SHOWN_HEADER_TOKENS ? " ..." : "");
            throw error(HEADER + ", found '" + found + "'");
        }
        return new long[] {count(header.get(0), lengths.get(0), "num_pairs"),
            count(header.get(1), lengths.get(1), "num_inputs"), count(header.get(2), lengths.get(2), "num_outputs")};
    }

    private long count(String token, long tokenLength, String name) {
        long value = -1;
        String digits = token.startsWith("+") ? token.substring(1) : token;
        if (!digits.isEmpty() && digits.length() <= 10 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            value = Long.parseLong(digits);
        }
        if (value < 1 || value > MAX_COUNT) {
            throw error("expected " + name + " to be a whole number from 1 to " + MAX_COUNT + ", found "
                    + quoted(token, tokenLength));
        }
        return value;
    }

    private float value(String kind, long index, long pair, long[] counts, long found) throws IOException {
        String token = next();
        if (token == null) {
            BigInteger expected = BigInteger.valueOf(counts[0])
                    .multiply(BigInteger.valueOf(counts[1]).add(BigInteger.valueOf(counts[2])));
            throw error("declares " + counts[0] + " " + plural(counts[0], "pair") + " but ends after " + pair
                    + " (expected " + expected + " values, found " + found + ")");
        }
        String where = kind + " " + (index + 1) + " of pair " + (pair + 1);
        if (length > Tokenizer.MAX_KEPT) {
            throw error("expected a number as " + where + ", found " + quoted(token, length));
        }
        float value;
        try {
            value = CFloat.parse(token);
        } catch (NumberFormatException e) {
            throw error("expected a number as " + where + ", found " + quoted(token, length));
        }
        if (Float.isNaN(value)) {
            throw error("NaN is not allowed in training data: found " + quoted(token, length) + " as " + where);
        }
        if (Float.isInfinite(value)) {
            if (CFloat.isInfinityWord(token)) {
                throw error("Infinity is not allowed in training data: found " + quoted(token, length) + " as "
                        + where);
            }
            throw error("expected a number within float range as " + where + ", found " + quoted(token, length));
        }
        return value;
    }

    private void store(GrowableFloats target, float value, long[] counts) {
        if (!target.add(value)) {
            throw error("declares " + counts[0] + " " + plural(counts[0], "pair") + " of " + counts[1] + " "
                    + plural(counts[1], "input") + " and " + counts[2] + " " + plural(counts[2], "output")
                    + ": more values than one Java array holds (" + GrowableFloats.MAX_LENGTH + ")");
        }
    }

    /** The next token, or null at the end; {@link #line} and {@link #length} describe it. */
    private String next() throws IOException {
        if (pending != null) {
            String token = pending;
            pending = null;
            line = pendingLine;
            length = pendingLength;
            return token;
        }
        String token = tokens.next();
        if (token != null) {
            line = tokens.tokenLine();
            length = tokens.tokenLength();
        }
        return token;
    }

    private int initialCapacity(long pairs, long perPair) {
        long declared = pairs > Long.MAX_VALUE / perPair ? Long.MAX_VALUE : pairs * perPair;
        return (int) Math.min(Math.min(declared, capacityHint), GrowableFloats.MAX_LENGTH);
    }

    private FannFormatException error(String problem) {
        return new FannFormatException(source, line, problem);
    }

    /** The token in quotes for a one-line message; a cut token says how long it really is. */
    private static String quoted(String token, long tokenLength) {
        String quoted = "'" + escaped(token) + "'";
        return tokenLength > SHOWN_CHARS ? quoted + " (" + tokenLength + " characters)" : quoted;
    }

    /** Control, quote and non-ASCII characters escaped; cut after {@link #SHOWN_CHARS}. */
    private static String escaped(String token) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(token.length(), SHOWN_CHARS);
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return token.length() > SHOWN_CHARS ? out + "..." : out.toString();
    }

    private static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
