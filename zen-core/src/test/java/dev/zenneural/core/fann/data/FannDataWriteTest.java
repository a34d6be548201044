package dev.zenneural.core.fann.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FannDataWriteTest {

    @Test
    void writesXorExactlyAsFannsFile() throws IOException {
        String original;
        try (InputStream in = FannDataWriteTest.class.getResourceAsStream("xor.data")) {
            original = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertEquals(original, text(FannDataReadTest.fixture("xor.data")));
    }

    @Test
    void formatsShortestRoundTrippingText() {
        assertEquals("3", FannDataFile.format(3f));
        assertEquals("-1", FannDataFile.format(-1f));
        assertEquals("0", FannDataFile.format(0f));
        assertEquals("-0", FannDataFile.format(-0f));
        assertEquals("0.1", FannDataFile.format(0.1f));
        assertEquals("0.5", FannDataFile.format(0.5f));
        assertEquals("999.584", FannDataFile.format(999.584f));
        assertEquals("1.0E-5", FannDataFile.format(1e-5f));
        assertEquals("1.0E10", FannDataFile.format(1e10f));
        assertEquals("3.4028235E38", FannDataFile.format(Float.MAX_VALUE));
        assertEquals("1.4E-45", FannDataFile.format(Float.MIN_VALUE));
    }

    @Test
    void roundTripsEveryFloatBitExactly() throws IOException {
        Random random = new Random(7);
        int pairs = 500;
        float[] inputs = new float[pairs * 3];
        float[] outputs = new float[pairs * 2];
        fill(random, inputs);
        fill(random, outputs);
        inputs[0] = -0f;
        inputs[1] = Float.MIN_VALUE;
        inputs[2] = -Float.MAX_VALUE;
        outputs[0] = Float.MIN_NORMAL;
        TrainingData data = TrainingData.of(3, 2, inputs, outputs);
        TrainingData back = FannDataFile.read(new StringReader(text(data)), "round-trip");
        assertEquals(data, back);
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(Float.floatToRawIntBits(inputs[i]), Float.floatToRawIntBits(back.inputs()[i]), "input " + i);
        }
    }

    /** Random bit patterns, so all exponents and subnormals occur; NaN and infinities skipped. */
    private static void fill(Random random, float[] values) {
        for (int i = 0; i < values.length; i++) {
            float v;
            do {
                v = Float.intBitsToFloat(random.nextInt());
            } while (!Float.isFinite(v));
            values[i] = v;
        }
    }

    @Test
    void writesFilesAtomicallyAndReplacesOldOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("xor.data");
        Files.writeString(file, "old content that is longer than the new one, to see it fully replaced\n");
        TrainingData xor = FannDataReadTest.fixture("xor.data");
        FannDataFile.write(xor, file);
        assertEquals(text(xor), Files.readString(file));
        assertEquals(xor, FannDataFile.read(file));
        TrainingData half = xor.subset(0, 2);
        FannDataFile.write(half, file);
        assertEquals(half, FannDataFile.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left");
        }
    }

    @Test
    void failedWriteLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no-such-dir").resolve("x.data");
        TrainingData xor = FannDataReadTest.fixture("xor.data");
        assertThrows(NoSuchFileException.class, () -> FannDataFile.write(xor, missing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void writesScaledValuesThatReadBack() throws IOException {
        TrainingData scaled = FannDataReadTest.fixture("scaling-head.data").scale(-1f, 1f);
        TrainingData back = FannDataFile.read(new StringReader(text(scaled)), "scaled");
        assertArrayEquals(scaled.inputs(), back.inputs());
        assertArrayEquals(scaled.outputs(), back.outputs());
    }

    static String text(TrainingData data) throws IOException {
        StringWriter out = new StringWriter();
        FannDataFile.write(data, out);
        return out.toString();
    }
}
