package dev.zenneural.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workplace's benchmark datasets ({@code shared/datasets} beside the repository: FANN/PROBEN1
 * sets and forecasting competitions). Surefire passes their location as {@value #PROPERTY}; where
 * they are absent (a clone without {@code shared/}, e.g. on GitHub's runners) tests that need them
 * are skipped, while the small fixtures copied into the modules keep the same code paths tested.
 */
public final class SharedDatasets {

    /** System property with the datasets' directory. */
    public static final String PROPERTY = "zen.shared.datasets";

    private SharedDatasets() {
    }

    /** A file of {@code shared/datasets/fann}; skips the calling test when it is not there. */
    public static Path fann(String name) {
        return require(root().resolve("fann").resolve(name));
    }

    /** A file of {@code shared/datasets/forecast}; skips the calling test when it is not there. */
    public static Path forecast(String name) {
        return require(root().resolve("forecast").resolve(name));
    }

    private static Path root() {
        return Path.of(System.getProperty(PROPERTY, "../../shared/datasets")).toAbsolutePath().normalize();
    }

    private static Path require(Path file) {
        assumeTrue(Files.isRegularFile(file), () -> "shared dataset not present: " + file);
        return file;
    }
}
