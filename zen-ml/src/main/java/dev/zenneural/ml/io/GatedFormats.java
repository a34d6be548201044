package dev.zenneural.ml.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * File endings of the formats that zen-dataframes reads and writes, known here so that a build
 * without that gate can say how to get it instead of taking an Arrow or Parquet file for CSV.
 */
final class GatedFormats {

    private static final Map<String, String> FORMATS = Map.of(
            "arrow", "Arrow IPC", "arrows", "Arrow IPC", "feather", "Arrow IPC", "ipc", "Arrow IPC",
            "parquet", "Parquet", "pq", "Parquet");

    private GatedFormats() {
    }

    /** The ending of {@code path}'s name after the last dot, lower case; empty if there is none. */
    static String extension(Path path) {
        Path name = path.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * What to tell a user whose file has {@code extension} when no registered reader or writer claims it:
     * the gate and how to build it; null if the ending is not a gated format's.
     *
     * @param verb "read" or "written"
     */
    static String missing(String extension, String verb) {
        String format = FORMATS.get(extension);
        return format == null ? null : format + " files are " + verb + " by zen-dataframes, which is not on the"
                + " class path: build it in with the dataframes gate (./zen: ZEN_PROFILES=dataframes; Maven:"
                + " -Pdataframes; a library: depend on dev.zenneural:zen-dataframes)";
    }
}
