package dev.zenneural.benchmarks.forecast;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of fitted models' forecasts ({@code zen.bench.cache}), so that candidates fitted by
 * separate {@code --validate} runs can be pooled in one greedy selection without fitting them again:
 * a 2000-step N-HiTS costs about a minute on 2 cores, and a pool of dozens does not fit one run.
 *
 * <p>A forecast is reused only under the same key: the run's context (the data files' contents, mode,
 * {@code h}, season and the bench's settings, as {@link ForecastBench} writes it) and the model as
 * written on the command line. The key is stored in the file and compared on reading, so a file is
 * never taken for another model's.
 */
final class ForecastCache {

    private final Path dir;
    private final String context;

    /** A stored model's forecasts per series and the seconds its fit and prediction took when it ran. */
    record Entry(Map<String, double[]> forecasts, double fitSeconds, double predictSeconds) {
    }

    /**
     * A cache in {@code dir} (created if missing) for runs described by {@code context}.
     *
     * @throws IllegalArgumentException if {@code context} spans lines
     */
    ForecastCache(Path dir, String context) {
        if (context.contains("\n")) {
            throw new IllegalArgumentException("the cache context must be one line: " + context);
        }
        this.dir = dir;
        this.context = context;
    }

    /** The forecasts stored for {@code label} under this context, if any. */
    Optional<Entry> load(String label) {
        Path file = file(label);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String key = in.readLine();
            if (!key(label).equals(key)) {
                throw new IllegalStateException(file + " holds '" + key + "', not '" + key(label) + "'");
            }
            String[] seconds = in.readLine().split("\t");
            Map<String, double[]> forecasts = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                double[] values = new double[cells.length - 1];
                for (int j = 0; j < values.length; j++) {
                    values[j] = Double.parseDouble(cells[j + 1]);
                }
                forecasts.put(cells[0], values);
            }
            return Optional.of(new Entry(forecasts, Double.parseDouble(seconds[0]), Double.parseDouble(seconds[1])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cached forecasts " + file, e);
        }
    }

    /**
     * Stores {@code entry} for {@code label}, atomically: a run killed half-way leaves no partial file.
     *
     * @throws IllegalArgumentException if a series id contains a tab or a line break
     */
    void store(String label, Entry entry) {
        Path file = file(label);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "forecast", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(key(label) + "\n" + entry.fitSeconds() + "\t" + entry.predictSeconds() + "\n");
                for (Map.Entry<String, double[]> series : entry.forecasts().entrySet()) {
                    if (series.getKey().matches("(?s).*[\t\r\n].*")) {
                        throw new IllegalArgumentException("series id '" + series.getKey()
                                + "' contains a tab or line break; the cache cannot store it");
                    }
                    out.write(series.getKey());
                    for (double v : series.getValue()) {
                        out.write("\t" + v);
                    }
                    out.write("\n");
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cached forecasts " + file, e);
        }
    }

    /** SHA-256 of {@code bytes} in hex: how a context names a data file's contents. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String key(String label) {
        return context + " | " + label;
    }

    private Path file(String label) {
        String safe = label.replaceAll("[^A-Za-z0-9@:_-]", "_").replace(':', '-');
        return dir.resolve(safe + "-" + digest(key(label).getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".tsv");
    }
}
