package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.fann.data.FannFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FannNetErrorsTest {

    @TempDir
    Path dir;

    private static String good() throws IOException {
        return NetFixtures.text("libfann-standard.net");
    }

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static String error(String text) {
        FannFormatException e = assertThrows(FannFormatException.class, () -> NetFixtures.parse(text));
        return e.getMessage();
    }

    @Test
    void wrongMagic() throws IOException {
        assertEquals("test.net:1: expected a FANN network header, one of FANN_FLO_2.1, FANN_FLO_2.0, FANN_FIX_2.0,"
                + " but found 'FANN_FLO_1.1'", error(replace(good(), "FANN_FLO_2.1", "FANN_FLO_1.1")));
        assertEquals("test.net:1: expected a FANN network header, one of FANN_FLO_2.1, FANN_FLO_2.0, FANN_FIX_2.0,"
                + " but found an empty file", error(""));
    }

    @Test
    void missingKey() throws IOException {
        assertEquals("test.net:5: expected 'network_type=' but found 'learning_momentum='",
                error(replace(good(), "network_type=0\n", "")));
    }

    @Test
    void notANumber() throws IOException {
        assertEquals("test.net:3: expected learning_rate as a number but found '0,4'",
                error(replace(good(), "learning_rate=0.400000", "learning_rate=0,4")));
        assertEquals("test.net:33: expected size of layer 1 of 4 (num_layers on line 2) as an unsigned integer but"
                + " found 'x'", error(replace(good(), "layer_sizes=4 6", "layer_sizes=4 x")));
    }

    @Test
    void truncatedFile() throws IOException {
        String text = good();
        int at = text.indexOf("connections (");
        for (int i = 0; i < 26; i++) {
            at = text.indexOf('(', at + 1);
        }
        String cut = text.substring(0, at);
        assertEquals("test.net:36: expected '(' to start connection 24 of 54 (input 4 of neuron 10)"
                + " (connected_to_neuron, weight) but found the end of the file", error(cut));
        assertEquals("test.net:33: unexpected end of file; expected size of layer 2 of 4 (num_layers on line 2)",
                error(text.substring(0, text.indexOf("layer_sizes=") + 16)));
    }

    @Test
    void layerSizesInconsistentWithNeuronsAndConnections() throws IOException {
        assertEquals("test.net:36: expected '(' to start neuron 18 of 19 (num_inputs, activation_function,"
                + " activation_steepness) but found 'connections'",
                error(replace(good(), "layer_sizes=4 6 5 3", "layer_sizes=4 6 5 4")));
        assertEquals("test.net:35: expected 'connections (connected_to_neuron, weight)=' but found '(0, 3,"
                + " 1.25000000000000000000e+00)'", error(replace(good(), "layer_sizes=4 6 5 3", "layer_sizes=4 6 5 2")));
        assertEquals("test.net:35: neuron 2 of 18 is in the input layer but declares 4 inputs; expected 0",
                error(replace(good(), "(0, 0, 0.00000000000000000000e+00) (0, 0, 0.00000000000000000000e+00)"
                        + " (0, 0, 0.00000000000000000000e+00) (0, 0",
                        "(0, 0, 0.00000000000000000000e+00) (0, 0, 0.00000000000000000000e+00)"
                        + " (4, 0, 0.00000000000000000000e+00) (0, 0")));
        assertEquals("test.net:37: expected the end of the file after the last of 54 connections but found '(14,'",
                error(good() + "(14, 1.0) \n"));
    }

    @Test
    void activationIdOutOfRange() throws IOException {
        assertEquals("test.net:35: the activation function of neuron 4 of 18: FANN activation function id 18 does"
                + " not exist; FANN 2.2 ids are 0 to 17",
                error(replace(good(), "(4, 5, 7.5", "(4, 18, 7.5")));
    }

    @Test
    void connectionToAMissingNeuron() throws IOException {
        assertEquals("test.net:36: connection 0 of 54 (input 0 of neuron 4) comes from neuron 99, which does not"
                + " exist; the network has 18 neurons (0 to 17)", error(replace(good(), "=(0, -", "=(99, -")));
        assertEquals("test.net:36: connection 0 of 54 (input 0 of neuron 4) comes from neuron 5, which is not in an"
                + " earlier layer than neuron 4 (layer 1 starts at neuron 4)", error(replace(good(), "=(0, -", "=(5, -")));
    }

    @Test
    void lyingHeadersDoNotExhaustMemory() throws IOException {
        Path file = dir.resolve("lie.net");
        Files.writeString(file, replace(good(), "layer_sizes=4 6 5 3", "layer_sizes=4 2147483000 5 3"),
                StandardCharsets.US_ASCII);
        FannFormatException e = assertThrows(FannFormatException.class, () -> FannNetFile.read(file));
        assertEquals(file + ":33: layer_sizes declare at least 2147483004 neurons, more than a file of "
                + Files.size(file) + " characters can hold", e.getMessage());
        Files.writeString(file, replace(good(), "(4, 5, 7.5", "(4000000000, 5, 7.5"), StandardCharsets.US_ASCII);
        e = assertThrows(FannFormatException.class, () -> FannNetFile.read(file));
        assertEquals(file + ":35: the neurons declare at least 4000000000 connections, more than an array holds",
                e.getMessage());
        Files.writeString(file, replace(good(), "num_layers=4", "num_layers=40000"), StandardCharsets.US_ASCII);
        e = assertThrows(FannFormatException.class, () -> FannNetFile.read(file));
        assertEquals(file + ":2: num_layers is 40000, more than a file of " + Files.size(file)
                + " characters can hold",
                e.getMessage());
        // a stream has no size: arrays grow with the entries, and the data runs out first
        assertEquals("test.net:36: expected '(' to start neuron 18 of 2000000018 (num_inputs, activation_function,"
                + " activation_steepness) but found 'connections'",
                error(replace(good(), "layer_sizes=4 6 5 3", "layer_sizes=4 6 5 2000000003")));
        assertEquals("test.net:37: expected '(' to start connection 54 of 2000000050 (input 10 of neuron 15)"
                + " (connected_to_neuron, weight) but found the end of the file",
                error(replace(good(), "(5, 3, 1.25", "(2000000001, 3, 1.25")));
    }

    @Test
    void badValues() throws IOException {
        assertEquals("test.net:4: connection_rate is 0.0; expected a number in (0, 1]",
                error(replace(good(), "connection_rate=1.000000", "connection_rate=0")));
        assertEquals("test.net:5: network_type is 7; expected 0 (layer) or 1 (shortcut)",
                error(replace(good(), "network_type=0", "network_type=7")));
        assertEquals("test.net:35: the activation steepness of neuron 4 of 18 is NaN; expected a finite number",
                error(replace(good(), "(4, 5, 7.50000000000000000000e-01)", "(4, 5, nan)")));
    }
}
