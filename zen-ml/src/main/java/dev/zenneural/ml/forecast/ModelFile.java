package dev.zenneural.ml.forecast;

import dev.zenneural.core.io.AtomicFiles;
import dev.zenneural.ml.nn.Layer;
import dev.zenneural.ml.nn.Parameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * The saved-forecaster format: a magic line, the format version, the frequency, every model's
 * configuration ({@link ModelCodec}) and trained parameters, the series the models were fitted on
 * (so that {@code predict} works after loading), and a CRC-32 of all of it. Big-endian
 * ({@link DataOutputStream}), written atomically. Version 2 added the models' historic exogenous
 * column lists and the series' exogenous values; version 3 the future and static lists and the
 * series' static features. A reader accepts every version up to its own, so files
 * saved before keep loading; tests load a committed file of each version.
 */
final class ModelFile {

    static final byte[] MAGIC = "ZEN-FORECAST\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 3;
    /** Caps on counts read from a file, so that a corrupted count cannot exhaust memory. */
    private static final int MAX_MODELS = 1024;
    private static final int MAX_PARAMETERS = 1 << 16;
    private static final int MAX_SERIES = 1 << 26;

    private ModelFile() {
    }

    static void save(Path path, Frequency freq, List<FittedModel> models, SeriesSet data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(freq.name());
        out.writeInt(models.size());
        for (FittedModel m : models) {
            ModelCodec.write(m.model(), out);
            List<Parameter> parameters = m.network().parameters();
            out.writeInt(parameters.size());
            for (Parameter p : parameters) {
                out.writeInt(p.size());
                for (float v : p.value()) {
                    out.writeFloat(v);
                }
            }
        }
        ModelCodec.strings(data.exogNames(), out);
        ModelCodec.strings(data.staticNames(), out);
        out.writeInt(data.count());
        for (int s = 0; s < data.count(); s++) {
            out.writeUTF(data.id(s));
            out.writeLong(data.lastDs(s));
            out.writeInt(data.length(s));
            for (float v : data.values(s)) {
                out.writeFloat(v);
            }
            for (int c = 0; c < data.exogNames().size(); c++) {
                for (float v : data.exog(s, c)) {
                    out.writeFloat(v);
                }
            }
            for (float v : data.statics(s)) {
                out.writeFloat(v);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        byte[] content = bytes.toByteArray();
        AtomicFiles.write(path, temporary -> Files.write(temporary, content));
    }

    /** What a file holds. */
    record Loaded(Frequency freq, List<FittedModel> models, SeriesSet data) {
    }

    static Loaded load(Path path) throws IOException {
        byte[] content = Files.readAllBytes(path);
        String source = path.toString();
        if (content.length < MAGIC.length + 8 || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new ModelFormatException(source, "not a saved zen forecaster (no ZEN-FORECAST header)", null);
        }
        int version = ((content[MAGIC.length] & 0xff) << 24) | ((content[MAGIC.length + 1] & 0xff) << 16)
                | ((content[MAGIC.length + 2] & 0xff) << 8) | (content[MAGIC.length + 3] & 0xff);
        if (version > VERSION || version < 1) {
            throw new ModelFormatException(source, "format version " + version + "; this version of zen reads"
                    + " versions 1 to " + VERSION + (version > VERSION ? " (saved by a newer zen?)" : ""), null);
        }
        CRC32 crc = new CRC32();
        crc.update(content, 0, content.length - 4);
        int stored = ((content[content.length - 4] & 0xff) << 24) | ((content[content.length - 3] & 0xff) << 16)
                | ((content[content.length - 2] & 0xff) << 8) | (content[content.length - 1] & 0xff);
        if ((int) crc.getValue() != stored) {
            throw new ModelFormatException(source, "checksum mismatch: the file is corrupted or truncated", null);
        }
        try {
            return parse(new DataInputStream(new ByteArrayInputStream(content, MAGIC.length + 4,
                    content.length - MAGIC.length - 8)), version);
        } catch (EOFException e) {
            throw new ModelFormatException(source, "the file ends early", e);
        } catch (IOException | RuntimeException e) {
            // A corrupted yet checksummed (crafted) file can ask for absurd sizes; say so, no stack trace.
            throw new ModelFormatException(source, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * Refuses a model whose network would need more parameters than the file has bytes left for,
     * before building it (its sizes come from the file).
     */
    private static void checkSize(ForecastModel model, int bytesLeft) throws IOException {
        WindowSettings s = model.settings();
        long width = s.inputWidth();
        long smallest = width * s.outputSize();
        if (model instanceof Mlp m) {
            smallest = width * m.hiddenSize();
        } else if (model instanceof NHits m) {
            smallest = (long) m.hiddenSize() * m.hiddenSize();
        } else if (model instanceof NBeats m) {
            smallest = (long) m.hiddenSize() * m.hiddenSize();
        }
        if (smallest > bytesLeft / 4) {
            throw new IOException(s.alias() + " would need at least " + smallest + " weights; the file holds "
                    + bytesLeft + " more bytes");
        }
    }

    private static Loaded parse(DataInputStream in, int version) throws IOException {
        Frequency freq = Frequency.valueOf(in.readUTF());
        int modelCount = ModelCodec.count(in, MAX_MODELS);
        List<FittedModel> models = new ArrayList<>();
        for (int m = 0; m < modelCount; m++) {
            ForecastModel model = ModelCodec.read(in, version);
            checkSize(model, in.available());
            Layer network = model.newNetwork(new SplittableRandom(model.settings().randomSeed()));
            List<Parameter> parameters = network.parameters();
            int count = ModelCodec.count(in, MAX_PARAMETERS);
            if (count != parameters.size()) {
                throw new IOException(model.settings().alias() + " has " + count + " saved parameter arrays; its"
                        + " network has " + parameters.size());
            }
            for (Parameter p : parameters) {
                int size = in.readInt();
                if (size != p.size()) {
                    throw new IOException(model.settings().alias() + ": saved " + p.name() + " has " + size
                            + " values; expected " + p.size());
                }
                float[] value = p.value();
                for (int i = 0; i < size; i++) {
                    value[i] = in.readFloat();
                }
            }
            models.add(new FittedModel(model, network));
        }
        List<String> exogNames = version >= 2 ? ModelCodec.strings(in) : List.of();
        List<String> staticNames = version >= 3 ? ModelCodec.strings(in) : List.of();
        int series = ModelCodec.count(in, MAX_SERIES);
        // Every series takes at least an id length, a timestamp, a length and a value.
        if ((long) series * 16 > in.available()) {
            throw new IOException("the file claims " + series + " series but holds " + in.available() + " more bytes");
        }
        String[] ids = new String[series];
        long[] lastDs = new long[series];
        float[][] values = new float[series][];
        float[][][] exog = new float[series][exogNames.size()][];
        float[][] statics = new float[series][staticNames.size()];
        for (int s = 0; s < series; s++) {
            ids[s] = in.readUTF();
            lastDs[s] = in.readLong();
            int length = in.readInt();
            if (length < 1 || length > in.available() / 4) {
                throw new IOException("series " + ids[s] + " claims " + length + " values");
            }
            values[s] = new float[length];
            for (int i = 0; i < length; i++) {
                values[s][i] = in.readFloat();
            }
            for (int c = 0; c < exogNames.size(); c++) {
                if (length > in.available() / 4) {
                    throw new IOException("series " + ids[s] + " claims " + length + " values of " + exogNames.get(c));
                }
                exog[s][c] = new float[length];
                for (int i = 0; i < length; i++) {
                    exog[s][c][i] = in.readFloat();
                }
            }
            for (int c = 0; c < staticNames.size(); c++) {
                statics[s][c] = in.readFloat();
            }
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " unexpected bytes after the series");
        }
        return new Loaded(freq, models, SeriesSet.of(ids, values, lastDs, exogNames, exog, staticNames, statics));
    }
}
