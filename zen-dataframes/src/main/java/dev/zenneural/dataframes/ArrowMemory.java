package dev.zenneural.dataframes;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The one root allocator of zen-dataframes, with a limit: every read or write that is not handed an
 * allocator takes a child of this one and closes it before it returns, so a leaked buffer fails that
 * call ("Memory was leaked") instead of growing the process. The limit is the system property
 * {@value #LIMIT_PROPERTY} in bytes (suffixes k, m, g accepted), 1 GiB by default: a record batch
 * of the default {@value ArrowFrameFiles#DEFAULT_BATCH_ROWS} rows needs a few MiB, so the limit
 * only stops a file whose batches are pathologically large.
 */
public final class ArrowMemory {

    /** The system property that sets the root allocator's limit. */
    public static final String LIMIT_PROPERTY = "zen.arrow.memoryLimit";

    static final long DEFAULT_LIMIT = 1L << 30;

    private ArrowMemory() {
    }

    // Created on first use: the JVM flag check and netty's start-up are paid only by Arrow users.
    private static final class Holder {
        static final RootAllocator ROOT = new RootAllocator(limit(System.getProperty(LIMIT_PROPERTY)));
    }

    /** The JVM flag Arrow's memory module needs on Java 9 and later. */
    public static final String JVM_FLAG = "--add-opens=java.base/java.nio=ALL-UNNAMED";

    private static volatile boolean flagChecked;

    /** The shared root allocator; callers take children of it and never close it. */
    public static BufferAllocator root() {
        requireJvmFlag();
        return Holder.ROOT;
    }

    /**
     * Fails with a message naming {@link #JVM_FLAG} when the JVM was started without it; without
     * this check the first buffer Arrow reads would fail with an {@link ExceptionInInitializerError}
     * that no caller expects.
     *
     * @throws IllegalStateException if java.nio is not open to Arrow
     */
    public static void requireJvmFlag() {
        if (flagChecked) {
            return;
        }
        try {
            Class.forName("org.apache.arrow.memory.util.MemoryUtil", true, ArrowMemory.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Arrow (zen-dataframes) needs the JVM flag " + JVM_FLAG
                    + ": add it to the java command (./zen does), to Surefire's argLine, or to JDK_JAVA_OPTIONS", e);
        }
        flagChecked = true;
    }

    /** Parses a limit such as {@code 512m}; null means the default. */
    static long limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        int shift = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        try {
            long value = Long.parseLong(digits);
            if (value > 0 && value <= Long.MAX_VALUE >> shift) {
                return value << shift;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value as given.
        }
        throw new IllegalArgumentException("-D" + LIMIT_PROPERTY + ": expected a positive number of bytes"
                + " (suffix k, m or g allowed), got '" + text + "'");
    }
}
