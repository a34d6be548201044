package dev.zenneural.dataframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.ml.frame.DsKind;
import dev.zenneural.ml.frame.TimeSeriesFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surefire runs these tests with {@link ArrowMemory#JVM_FLAG}; a JVM started without it must get a
 * message that names the flag, not Arrow's ExceptionInInitializerError from deep inside a read.
 */
class JvmFlagTest {

    @TempDir
    Path dir;

    /** What the child JVM runs: a read, then the failure's message on stdout. */
    public static void main(String[] args) throws IOException {
        try {
            ArrowFrameFiles.read(Path.of(args[0]));
            System.out.println("read without the flag");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }

    @Test
    void aJvmWithoutTheFlagIsToldWhichFlagToAdd() throws Exception {
        Path file = dir.resolve("frame.arrow");
        ArrowFrameFiles.write(TimeSeriesFrame.builder(DsKind.INDEX).add("a", 1, 1).build(), file);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                JvmFlagTest.class.getName(), file.toString())).redirectErrorStream(false).start();
        child.getErrorStream().transferTo(OutputStream.nullOutputStream());
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        child.waitFor(60, TimeUnit.SECONDS);
        assertEquals("Arrow (zen-dataframes) needs the JVM flag --add-opens=java.base/java.nio=ALL-UNNAMED: add it to"
                + " the java command (./zen does), to Surefire's argLine, or to JDK_JAVA_OPTIONS", out);
        assertEquals(0, child.exitValue());
    }
}
