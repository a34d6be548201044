package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import dev.zenneural.ml.io.FrameFormatException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root allocator's limit: parsed from the system property, enforced, and reported in one line. */
class MemoryLimitTest {

    @TempDir
    Path dir;

    @Test
    void parsesTheLimitProperty() {
        assertEquals(ArrowMemory.DEFAULT_LIMIT, ArrowMemory.limit(null));
        assertEquals(1L << 30, ArrowMemory.DEFAULT_LIMIT);
        assertEquals(512L << 20, ArrowMemory.limit("512m"));
        assertEquals(2L << 30, ArrowMemory.limit(" 2G "));
        assertEquals(4096, ArrowMemory.limit("4k"));
        assertEquals(1000, ArrowMemory.limit("1000"));
        for (String bad : new String[] {"0", "-5m", "lots", "9999999999g"}) {
            assertEquals("-Dzen.arrow.memoryLimit: expected a positive number of bytes (suffix k, m or g allowed),"
                    + " got '" + bad + "'", assertThrows(IllegalArgumentException.class,
                            () -> ArrowMemory.limit(bad)).getMessage());
        }
        assertEquals(ArrowMemory.limit(System.getProperty(ArrowMemory.LIMIT_PROPERTY)), ArrowMemory.root().getLimit());
    }

    @Test
    void aBatchAboveTheLimitIsOneMessageAndLeaksNothing() throws IOException {
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.INDEX);
        for (int t = 0; t < 20_000; t++) {
            builder.add("a", t, t);
        }
        Path file = dir.resolve("big.arrow");
        ArrowFrameFiles.write(builder.build(), file);
        try (BufferAllocator small = new RootAllocator(64 * 1024)) {
            assertEquals(file + ": a record batch needs more than the Arrow memory limit of 65536 bytes (raise it with"
                    + " -Dzen.arrow.memoryLimit)", assertThrows(FrameFormatException.class,
                            () -> ArrowFrameFiles.read(file, small)).getMessage());
            assertEquals(0, small.getAllocatedMemory());
        }
    }
}
