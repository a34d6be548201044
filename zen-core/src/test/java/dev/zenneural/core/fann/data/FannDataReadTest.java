package dev.zenneural.core.fann.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.testing.SharedDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading {@code .data} files. The fixtures next to this class are FANN's {@code xor.data} and the
 * first three pairs of the shared {@code scaling.data} (CRLF) and {@code two-spiral.train}
 * (trailing spaces), with their headers cut to 3 pairs.
 */
class FannDataReadTest {

    @Test
    void readsTheSharedXorFile() throws IOException {
        assertXor(FannDataFile.read(SharedDatasets.fann("xor.data")));
    }

    @Test
    void readsTheXorFixture() throws IOException {
        assertXor(fixture("xor.data"));
    }

    static void assertXor(TrainingData xor) {
        assertEquals(4, xor.numPairs());
        assertEquals(2, xor.numInputs());
        assertEquals(1, xor.numOutputs());
        assertArrayEquals(new float[] {-1, -1, -1, 1, 1, -1, 1, 1}, xor.inputs());
        assertArrayEquals(new float[] {-1, 1, 1, -1}, xor.outputs());
    }

    @Test
    void readsCrlfLines() throws IOException {
        TrainingData data = fixture("scaling-head.data");
        assertEquals(3, data.numPairs());
        assertEquals(3, data.numInputs());
        assertEquals(1, data.numOutputs());
        assertArrayEquals(new float[] {1000, 1, 0, 1000, 1, 1, 1000, 1, 2}, data.inputs());
        assertArrayEquals(new float[] {1001, 1000.54f, 999.584f}, data.outputs());
    }

    @Test
    void readsTrailingSpaces() throws IOException {
        TrainingData data = fixture("two-spiral-head.data");
        assertEquals(3, data.numPairs());
        assertEquals(0.499995f, data.input(0, 0));
        assertEquals(0.653846f, data.input(0, 1));
        assertEquals(0.320118f, data.input(2, 1));
        assertArrayEquals(new float[] {1, 1, 1}, data.outputs());
    }

    @Test
    void acceptsWhateverWhitespaceLibfannAccepts() throws IOException {
        TrainingData data = read("\n\n  2 2 1  \n-1\n-1 -1 1 1\n\n\t\f\u000B-1");
        assertArrayEquals(new float[] {-1, -1, 1, 1}, data.inputs());
        assertArrayEquals(new float[] {-1, -1}, data.outputs());
        assertEquals(read("2 1 1\n1\n2\n3\n4\n"), read("2 1 1\r1\r2\r3\r4"));
    }

    @Test
    void acceptsCFloatSyntax() throws IOException {
        TrainingData data = read("1 9 1\n.5 5. +1 1E2 -0 0x1.8p1 0X10 1e-3 -2.5e+1\n7\n");
        assertArrayEquals(new float[] {0.5f, 5f, 1f, 100f, -0f, 3f, 16f, 0.001f, -25f}, data.inputs());
    }

    @Test
    void headerErrors() {
        assertError("bad.data:1: expected header 'num_pairs num_inputs num_outputs', found end of file", "");
        assertError("bad.data:1: expected header 'num_pairs num_inputs num_outputs', found end of file", " \n\n");
        assertError("bad.data:1: expected header 'num_pairs num_inputs num_outputs', found '4 2'", "4 2\n-1 -1\n");
        assertError("bad.data:3: expected header 'num_pairs num_inputs num_outputs', found '4 2 1 0'",
                "\n\n4 2 1 0\n");
        assertError("bad.data:1: expected header 'num_pairs num_inputs num_outputs', found '1 2 3 4 ...'",
                "1 2 3 4 5 6");
        assertError("bad.data:1: expected num_pairs to be a whole number from 1 to 4294967295, found '-4'",
                "-4 2 1\n");
        assertError("bad.data:1: expected num_inputs to be a whole number from 1 to 4294967295, found '0'",
                "4 0 1\n");
        assertError("bad.data:1: expected num_outputs to be a whole number from 1 to 4294967295, found 'x'",
                "4 2 x\n");
        assertError("bad.data:1: expected num_pairs to be a whole number from 1 to 4294967295, found '4294967296'",
                "4294967296 2 1\n");
        assertError("bad.data:1: expected num_pairs to be a whole number from 1 to 4294967295, found '2.5'",
                "2.5 2 1\n");
    }

    @Test
    void byteOrderMark(@TempDir Path dir) throws IOException {
        String bom = "bad.data:1: expected header 'num_pairs num_inputs num_outputs', found a UTF-8 byte order mark"
                + " (BOM) at the start of the file; FANN files have none";
        assertError(bom, "\uFEFF1 1 1\n1\n1\n");
        assertError(bom, "\uFEFF\n1 1 1\n1\n1\n");
        Path file = dir.resolve("bom.data");
        // the mark's three bytes, as a file read byte by byte sees them
        Files.write(file, "\u00EF\u00BB\u00BF1 1 1\n1\n1\n".getBytes(StandardCharsets.ISO_8859_1));
        FannFormatException e = assertThrows(FannFormatException.class, () -> FannDataFile.read(file));
        assertEquals(bom.replace("bad.data", file.toString()), e.getMessage());
    }

    @Test
    void valueErrors() {
        assertError("bad.data:2: expected a number as input 2 of pair 1, found 'abc'", "1 2 1\n-1 abc\n1\n");
        assertError("bad.data:2: expected a number as input 1 of pair 1, found '1,5'", "1 1 1\n1,5\n1\n");
        assertError("bad.data:2: expected a number as input 1 of pair 1, found '1f'", "1 1 1\n1f\n1\n");
        assertError("bad.data:2: expected a number as input 1 of pair 1, found '1\\u00A0'",
                "1 1 1\n1\u00A0\n1\n");
        assertError("bad.data:2: NaN is not allowed in training data: found 'nan' as input 2 of pair 1",
                "1 2 1\n-1 nan\n1\n");
        assertError("bad.data:3: NaN is not allowed in training data: found 'NaN' as output 1 of pair 1",
                "1 2 1\n-1 1\nNaN\n");
        assertError("bad.data:5: Infinity is not allowed in training data: found '-inf' as output 1 of pair 2",
                "2 2 1\n1 1\n1\n1 1\n-inf\n");
        assertError("bad.data:2: Infinity is not allowed in training data: found 'Infinity' as input 1 of pair 1",
                "1 1 1\nInfinity\n1\n");
        assertError("bad.data:2: expected a number within float range as input 1 of pair 1, found '1e39'",
                "1 1 1\n1e39\n1\n");
        String longToken = "x".repeat(300);
        assertError("bad.data:2: expected a number as input 1 of pair 1, found '" + "x".repeat(40)
                + "...' (300 characters)", "1 1 1\n" + longToken + "\n1\n");
    }

    @Test
    void errorLinesCountCrlfAndLoneCr() {
        assertError("bad.data:5: expected a number as output 1 of pair 2, found 'x'", "2 1 1\r\n1\r\n1\r\n1\r\nx\r\n");
        assertError("bad.data:5: expected a number as output 1 of pair 2, found 'x'", "2 1 1\r1\r1\r1\rx\r");
    }

    @Test
    void truncatedAndOverlongFiles() {
        assertError("bad.data:4: declares 4 pairs but ends after 1 (expected 12 values, found 5)",
                "4 2 1\n-1 -1\n-1\n-1 1\n");
        assertError("bad.data:1: declares 1 pair but ends after 0 (expected 2 values, found 0)", "1 1 1\n\n\n");
        assertError("bad.data:4: expected end of file after 1 pair, found '7'", "1 2 1\n1 1\n1\n7\n");
        assertError("bad.data:3: expected end of file after 1 pair, found '1'", "1 2 1\n1 1\n1 1\n");
    }

    @Test
    void lyingHeadersFailWithoutAllocatingWhatTheyClaim() throws Exception {
        assertSmallAllocation(() -> assertError(
                "bad.data:3: declares 2147483648 pairs but ends after 1 (expected 6442450944 values, found 3)",
                "2147483648 2 1\n-1 -1\n-1\n"));
        assertSmallAllocation(() -> assertError(
                "bad.data:2: declares 1 pair but ends after 0 (expected 2147483649 values, found 2)",
                "1 2147483648 1\n1 2\n"));
        assertSmallAllocation(() -> assertError("bad.data:2: declares 4294967295 pairs but ends after 0"
                + " (expected 36893488130239234050 values, found 1)", "4294967295 4294967295 4294967295\n1\n"));
    }

    @Test
    void lyingHeaderInAFileIsBoundedByTheFileSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lie.data");
        Files.writeString(file, "2147483647 2147483647 1\n1 2 3\n");
        FannFormatException e = assertSmallAllocation(() -> assertThrows(FannFormatException.class,
                () -> FannDataFile.read(file)));
        assertEquals(file + ":2: declares 2147483647 pairs but ends after 0 (expected 4611686016279904256 values,"
                + " found 3)", e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(2, e.line());
        assertEquals("declares 2147483647 pairs but ends after 0 (expected 4611686016279904256 values, found 3)",
                e.detail());
    }

    /** Runs {@code action} and fails if this thread allocated more than 1 MiB meanwhile. */
    private static <T> T assertSmallAllocation(Callable<T> action) throws Exception {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        long before = counter.getCurrentThreadAllocatedBytes();
        T result = action.call();
        long allocated = counter.getCurrentThreadAllocatedBytes() - before;
        assertEquals(true, allocated < (1 << 20), "allocated " + allocated + " bytes");
        return result;
    }

    private static FannFormatException assertError(String message, String text) {
        FannFormatException e = assertThrows(FannFormatException.class, () -> read(text));
        assertEquals(message, e.getMessage());
        return e;
    }

    static TrainingData read(String text) throws IOException {
        return FannDataFile.read(new StringReader(text), "bad.data");
    }

    static TrainingData fixture(String name) throws IOException {
        try (InputStream in = FannDataReadTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return FannDataFile.read(new InputStreamReader(in, StandardCharsets.US_ASCII), name);
        }
    }
}
