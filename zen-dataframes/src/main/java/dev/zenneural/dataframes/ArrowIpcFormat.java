package dev.zenneural.dataframes;

import java.nio.file.Path;
import java.util.Locale;

/** The two Arrow IPC layouts: random-access file ({@code .arrow}, Feather v2) and stream ({@code .arrows}). */
public enum ArrowIpcFormat {

    /** Magic bytes, schema, batches and a footer: what {@code pyarrow.ipc.new_file} and {@code to_feather} write. */
    FILE,
    /** Schema then batches, readable while it arrives: what {@code pyarrow.ipc.new_stream} writes. */
    STREAM;

    /** {@link #STREAM} for a name ending in {@code .arrows}, {@link #FILE} otherwise. */
    public static ArrowIpcFormat of(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".arrows") ? STREAM : FILE;
    }
}
