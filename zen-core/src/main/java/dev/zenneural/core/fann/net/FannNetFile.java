package dev.zenneural.core.fann.net;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.core.nn.network.Network;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FANN's network files ({@code .net}), compatible with libfann 2.2 both ways.
 *
 * <p>Writing produces {@code FANN_FLO_2.1} exactly as libfann 2.2's {@code fann_save} (float build)
 * writes it, so libfann loads it, and atomically: a reader sees the old file or the complete new one.
 * Header settings are written as libfann writes them, with {@code %f} (six decimals) where libfann
 * uses it; weights and steepnesses with {@code %.20e}, which keeps every float bit.
 *
 * <p>Reading accepts {@code FANN_FLO_2.1}, {@code FANN_FLO_2.0} and the fixed-point
 * {@code FANN_FIX_2.0} (values divided by {@code 2^decimal_point} into floats; the network then runs
 * in float with the exact activation functions, not libfixedfann's stepwise approximations). The
 * 1.x formats are not read. Reading is stricter than libfann: keys must come in libfann's order, the
 * counts must match the entries, every connection must come from an existing neuron of an earlier
 * layer, and nothing may follow the last connection; errors are {@link
 * dev.zenneural.core.fann.data.FannFormatException}s naming the file and line. Numbers are read in
 * C's syntax, whatever the default locale. A header that declares more than the file can hold is
 * refused before anything of that size is allocated.
 *
 * <p>In files with {@code connection_rate=1}, libfann evaluates connections by position and ignores
 * the stored source neurons; this class always follows the stored sources, which for every file
 * libfann writes is the same.
 */
public final class FannNetFile {

    private FannNetFile() {
    }

    /**
     * Reads a network file; errors name the path as given.
     *
     * @throws dev.zenneural.core.fann.data.FannFormatException if the content is not a valid network
     * @throws IOException if the file cannot be read
     */
    public static FannNet read(Path path) throws IOException {
        long size = Files.size(path);
        // ISO-8859-1 maps every byte to one character, so the size bounds the characters
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.ISO_8859_1)) {
            return FannNetReader.read(in, path.toString(), size);
        }
    }

    /**
     * Reads a network from text; arrays grow as entries arrive since the length is not known. Does not
     * close {@code in}.
     *
     * @param sourceName what error messages call the input
     * @throws dev.zenneural.core.fann.data.FannFormatException if the content is not a valid network
     * @throws IOException if reading fails
     */
    public static FannNet read(Reader in, String sourceName) throws IOException {
        return FannNetReader.read(in, sourceName, Long.MAX_VALUE);
    }

    /**
     * Writes {@code net} to {@code path} atomically.
     *
     * @throws IllegalArgumentException if the network uses an activation function FANN 2.2 lacks
     */
    public static void write(FannNet net, Path path) throws IOException {
        FannNetWriter.checkFannCompatible(net.network().topology());
        AtomicFiles.write(path, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
                FannNetWriter.write(net, out);
            }
        });
    }

    /** Writes {@code network} with libfann's default settings and no scaling. */
    public static void write(Network network, Path path) throws IOException {
        write(FannNet.of(network), path);
    }

    /**
     * Writes {@code net} as text with LF line ends; does not close or flush {@code out}.
     *
     * @throws IllegalArgumentException if the network uses an activation function FANN 2.2 lacks
     */
    public static void write(FannNet net, Writer out) throws IOException {
        FannNetWriter.write(net, out);
    }
}
