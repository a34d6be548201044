package dev.zenneural.core.fann.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zenneural.core.testing.SharedDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared FANN dataset reads with the sizes its README lists and with every value equal to a
 * plain whitespace split of the file parsed by {@link Float#parseFloat}. Megabytes of text, hence slow.
 */
@Tag("slow")
class SharedDatasetsTest {

    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("abelone.train", 2088, 10, 1), Arguments.of("abelone.test", 2089, 10, 1),
                Arguments.of("bank32fm.train", 2048, 32, 1), Arguments.of("bank32fm.test", 2048, 32, 1),
                Arguments.of("bank32nh.train", 2048, 32, 1), Arguments.of("bank32nh.test", 2048, 32, 1),
                Arguments.of("building.train", 2104, 14, 3), Arguments.of("building.test", 2104, 14, 3),
                Arguments.of("census-house.train", 11392, 16, 1), Arguments.of("census-house.test", 11392, 16, 1),
                Arguments.of("kin32fm.train", 2048, 32, 1), Arguments.of("kin32fm.test", 2048, 32, 1),
                Arguments.of("mushroom.train", 4062, 125, 2), Arguments.of("mushroom.test", 4062, 125, 2),
                Arguments.of("parity8.train", 256, 8, 1), Arguments.of("parity8.test", 256, 8, 1),
                Arguments.of("parity13.train", 8192, 13, 1), Arguments.of("parity13.test", 8192, 13, 1),
                Arguments.of("pumadyn-32fm.train", 512, 32, 1), Arguments.of("pumadyn-32fm.test", 512, 32, 1),
                Arguments.of("scaling.data", 1000, 3, 1),
                Arguments.of("two-spiral.train", 193, 2, 1), Arguments.of("two-spiral.test", 193, 2, 1),
                Arguments.of("xor.data", 4, 2, 1));
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void readsEveryValue(String name, int pairs, int inputs, int outputs) throws IOException {
        Path file = SharedDatasets.fann(name);
        TrainingData data = FannDataFile.read(file);
        assertEquals(pairs, data.numPairs());
        assertEquals(inputs, data.numInputs());
        assertEquals(outputs, data.numOutputs());

        String[] tokens = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+");
        assertEquals(3 + pairs * (inputs + outputs), tokens.length);
        int t = 3;
        for (int p = 0; p < pairs; p++) {
            for (int i = 0; i < inputs; i++) {
                assertEquals(Float.parseFloat(tokens[t++]), data.input(p, i), name + " pair " + p + " input " + i);
            }
            for (int o = 0; o < outputs; o++) {
                assertEquals(Float.parseFloat(tokens[t++]), data.output(p, o), name + " pair " + p + " output " + o);
            }
        }
        assertEquals(data, FannDataFile.read(new java.io.StringReader(FannDataWriteTest.text(data)), name));
    }
}
