package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import dev.zenneural.ml.frame.TimeSeriesFrameBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a 10-million-row Arrow IPC file in a JVM whose heap (-Xmx) plus direct memory
 * (-XX:MaxDirectMemorySize, and Arrow's allocator limit) add up to twice the file's size: if the
 * reader kept the file's columns and the frame's at once, or grew its arrays by copying, it could
 * not finish. The child also reports its peaks, which the test checks against the same bound.
 */
@Tag("slow")
class MemoryBoundTest {

    private static final int ROWS = 10_000_000;
    private static final int SERIES = 1_000;
    private static final long DIRECT = 32L << 20;

    @TempDir
    Path dir;

    /** The child: reads args[0] and prints rows, the sum of heap pool peaks, and Arrow's peak. */
    public static void main(String[] args) throws IOException {
        TimeSeriesFrame frame = ArrowFrameFiles.read(Path.of(args[0]));
        long heapPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeaks += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(frame.rowCount() + " " + frame.seriesCount() + " " + heapPeaks + " "
                + ArrowMemory.root().getPeakMemoryAllocation());
    }

    @Test
    void readsTenMillionRowsInTwiceTheFilesSize() throws Exception {
        Path file = dir.resolve("ten-million.arrow");
        TimeSeriesFrameBuilder builder = TimeSeriesFrame.builder(DsKind.DATE).expectRows(ROWS);
        int perSeries = ROWS / SERIES;
        for (int s = 0; s < SERIES; s++) {
            String id = String.format(Locale.ROOT, "series-%04d", s);
            for (int t = 0; t < perSeries; t++) {
                builder.add(id, t, s + t * 0.001);
            }
        }
        ArrowFrameFiles.write(builder.build(), file);
        builder = null;
        long size = Files.size(file);
        long heap = 2 * size - DIRECT;

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:MaxDirectMemorySize=" + DIRECT, "-XX:+UseSerialGC",
                "-D" + ArrowMemory.LIMIT_PROPERTY + "=" + DIRECT, ArrowMemory.JVM_FLAG,
                "-cp", System.getProperty("java.class.path"), MemoryBoundTest.class.getName(), file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), "the read must fit -Xmx" + heap + " with " + DIRECT
                + " bytes of direct memory:\n" + out);
        String[] lastLine = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        assertEquals(ROWS, Integer.parseInt(lastLine[0]), out);
        assertEquals(SERIES, Integer.parseInt(lastLine[1]), out);
        long heapPeak = Long.parseLong(lastLine[2]);
        long arrowPeak = Long.parseLong(lastLine[3]);
        System.out.printf(Locale.ROOT, "10M rows: file %.1f MB, heap pools' peaks %.1f MB, Arrow peak %.1f MB%n",
                size / 1e6, heapPeak / 1e6, arrowPeak / 1e6);
        assertTrue(heapPeak + arrowPeak <= 2 * size, "peaks " + heapPeak + " + " + arrowPeak + " > 2 x " + size);
    }
}
