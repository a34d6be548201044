package dev.zenneural.ml.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Picks the {@link ForecastWriter} for a file by its name's ending, among those registered with ServiceLoader. */
public final class ForecastWriters {

    private ForecastWriters() {
    }

    /** Every registered writer, in class-path order. */
    public static List<ForecastWriter> all() {
        List<ForecastWriter> found = new ArrayList<>();
        ServiceLoader.load(ForecastWriter.class, ForecastWriters.class.getClassLoader()).forEach(found::add);
        return found;
    }

    /**
     * The writer for {@code path}; empty when no writer claims its ending and the ending is no gated
     * format's (the caller writes text).
     *
     * @throws IllegalArgumentException if the ending belongs to a format whose gate is not on the
     *     class path; the message names the gate and how to build it
     */
    public static Optional<ForecastWriter> forPath(Path path) {
        String extension = GatedFormats.extension(path);
        for (ForecastWriter writer : all()) {
            if (writer.extensions().contains(extension)) {
                return Optional.of(writer);
            }
        }
        String gated = GatedFormats.missing(extension, "written");
        if (gated != null) {
            throw new IllegalArgumentException(path + ": " + gated);
        }
        return Optional.empty();
    }
}
