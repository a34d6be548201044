package dev.zenneural.core.fann.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The committed {@code .net} fixtures (written by libfann 2.2 through fann_interop.c) and their inputs. */
final class NetFixtures {

    /** The rows the {@code .expected} files hold libfann's outputs for. */
    static final float[][] INPUTS = {{0.1f, 0.2f, 0.3f}, {-1f, 0.5f, 2f}, {0f, 0f, 0f}, {0.9f, -0.7f, 0.25f}};

    private NetFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(NetFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = NetFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Output rows as printed by fann_interop.c. */
    static float[][] expected(String name) throws IOException {
        return parseRows(text(name));
    }

    static float[][] parseRows(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] parts = l.trim().split("\\s+");
            float[] row = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                row[i] = Float.parseFloat(parts[i]);
            }
            return row;
        }).toArray(float[][]::new);
    }

    static FannNet parse(String text) throws IOException {
        return FannNetFile.read(new StringReader(text), "test.net");
    }
}
