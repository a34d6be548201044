package dev.zenneural.core.fann.data;

import dev.zenneural.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FANN's plain-text training-data format ({@code .data}), read and written compatibly with libfann
 * 2.2 ({@code fann_read_train_from_file}, {@code fann_save_train}).
 *
 * <pre>
 * num_pairs num_inputs num_outputs
 * in_1 ... in_num_inputs        (pair 1)
 * out_1 ... out_num_outputs
 * ...
 * </pre>
 *
 * <p>Reading accepts what libfann does, but is stricter where libfann silently goes wrong: see
 * {@link #read(Reader, String)}. Writing differs from libfann on purpose: libfann prints
 * {@code %f}, six decimals, which loses precision; this class writes each float in the shortest
 * decimal form that reads back to the same bits, which libfann's {@code fscanf("%f")} does too.
 * Neither depends on the default locale.
 */
public final class FannDataFile {

    private FannDataFile() {
    }

    /**
     * Reads a training-data file; errors name the path as given.
     *
     * @throws FannFormatException if the content is not valid training data
     * @throws IOException if the file cannot be read
     */
    public static TrainingData read(Path path) throws IOException {
        // Every value takes at least one character and one separator: bounds the storage whatever
        // the header claims.
        long maxValues = Files.size(path) / 2 + 1;
        // ISO-8859-1 maps every byte to a character, so stray bytes show in the error, not as a decoding failure.
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.ISO_8859_1)) {
            return FannDataReader.read(in, path.toString(), maxValues);
        }
    }

    /**
     * Reads training data from text. Values may be separated by any whitespace and split over lines
     * at will, as for libfann; numbers use C's syntax (decimal, exponent, hexadecimal). Unlike
     * libfann, it is an error if the header {@code num_pairs num_inputs num_outputs} is not alone on
     * the first non-blank line, if a count is 0, if a value is NaN or infinite, or if anything follows
     * the last declared value. Does not close {@code in}.
     *
     * @param sourceName what error messages call the input, such as its file name
     * @throws FannFormatException if the content is not valid training data; the message names the
     *     source, the line, what was expected and what was found
     * @throws IOException if reading fails
     */
    public static TrainingData read(Reader in, String sourceName) throws IOException {
        return FannDataReader.read(in, sourceName, FannDataReader.STREAM_CAPACITY);
    }

    /**
     * Writes {@code data} to {@code path} atomically: a reader of {@code path} sees the old file or
     * the complete new one, also after a crash.
     */
    public static void write(TrainingData data, Path path) throws IOException {
        AtomicFiles.write(path, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
                write(data, out);
            }
        });
    }

    /** Writes {@code data} as text with LF line ends; does not close or flush {@code out}. */
    public static void write(TrainingData data, Writer out) throws IOException {
        out.write(data.numPairs() + " " + data.numInputs() + " " + data.numOutputs() + "\n");
        StringBuilder line = new StringBuilder();
        for (int pair = 0; pair < data.numPairs(); pair++) {
            writeLine(out, line, data, pair, true);
            writeLine(out, line, data, pair, false);
        }
    }

    private static void writeLine(Writer out, StringBuilder line, TrainingData data, int pair, boolean inputs)
            throws IOException {
        line.setLength(0);
        int n = inputs ? data.numInputs() : data.numOutputs();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(format(inputs ? data.input(pair, i) : data.output(pair, i)));
        }
        line.append('\n');
        out.append(line);
    }

    /**
     * The shortest text Java gives that reads back to {@code value}'s bits, with whole numbers
     * without ".0" (as libfann writes them); exact decimal expansion as a fallback in case the JDK's
     * {@link Float#toString} ever does not round-trip.
     */
    static String format(float value) {
        String text = Float.toString(value);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (Float.floatToRawIntBits(Float.parseFloat(text)) != Float.floatToRawIntBits(value)) {
            text = new BigDecimal(value).toString();
        }
        return text;
    }
}
