package dev.zenneural.core.fann.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.FannFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @CsvSource({"0, nan, NaN", "1, inf, Infinity", "2, -1e39, -Infinity"})
    void nonFiniteWeights(int connection, String written, String shown) throws IOException {
        // the first connections come from neurons 0, 1, 2; '[^,)]' keeps the neuron entries out
        String text = good().replaceFirst("\\(" + connection + ", [^,)]*\\)", "(" + connection + ", " + written + ")");
        assertEquals("test.net:36: the weight of connection " + connection + " of 54 (input " + connection
                + " of neuron 4) is " + shown + "; expected a finite number", error(text));
    }

    /** The fixture with a scaling block (3 inputs, 2 outputs), {@code changed} put in for {@code key}'s values. */
    private static String scaled(String key, String changed) throws IOException {
        String block = "scale_included=1\n"
                + "scale_mean_in=0.5 0.5 0.5 \nscale_deviation_in=2 2 2 \nscale_new_min_in=-1 -1 -1 \n"
                + "scale_factor_in=1 1 1 \nscale_mean_out=0 0 \nscale_deviation_out=1 1 \n"
                + "scale_new_min_out=-1 -1 \nscale_factor_out=1 1 \n";
        String line = block.substring(block.indexOf(key + "="), block.indexOf('\n', block.indexOf(key + "=")));
        return replace(good(), "scale_included=0\n", block.replace(line, key + "=" + changed));
    }

    @Test
    void badScaleParameters() throws IOException {
        assertEquals(2, NetFixtures.parse(scaled("scale_mean_in", "0 0 0")).scale().orElseThrow().numOut());
        assertEquals("test.net:35: scale_mean_in value 2 of 3 is NaN; expected a finite number",
                error(scaled("scale_mean_in", "0 nan 0")));
        assertEquals("test.net:38: scale_factor_in value 1 of 3 is Infinity; expected a finite number",
                error(scaled("scale_factor_in", "inf 1 1")));
        assertEquals("test.net:41: scale_new_min_out value 1 of 2 is -Infinity; expected a finite number",
                error(scaled("scale_new_min_out", "-inf -1")));
        assertEquals("test.net:42: scale_factor_out value 2 of 2 is NaN; expected a finite number",
                error(scaled("scale_factor_out", "1 nan")));
    }

    @Test
    void aZeroDeviationLoadsAsLibfannSavesItButScalesNothing() throws IOException {
        ScaleParameters in = NetFixtures.parse(scaled("scale_deviation_in", "2 2 0")).scale().orElseThrow();
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> in.scaleInput(new float[] {1, 1, 1}));
        assertEquals("the network's scaling cannot scale input 2: its deviation is 0 (libfann saves 0 for a column"
                + " that was constant in the data it computed the scaling from)", input.getMessage());
        ScaleParameters out = NetFixtures.parse(scaled("scale_deviation_out", "1 -0.0")).scale().orElseThrow();
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> out.scaleOutput(new float[] {1, 1}));
        assertTrue(output.getMessage().startsWith("the network's scaling cannot scale output 1: its deviation is 0"),
                output.getMessage());
        float[] row = {0.5f, 0.5f};
        out.descaleOutput(row);
        assertEquals(0f, row[1], "descaling multiplies by the deviation: the column's mean");
    }

    @Test
    void aZeroFactorLoadsAsLibfannSavesItButScalesAndDescalesNothing() throws IOException {
        // libfann's fann_set_scaling_params saves factor (new_max - new_min) / 2: 0 for new_min == new_max
        ScaleParameters in = NetFixtures.parse(scaled("scale_factor_in", "1 0 1")).scale().orElseThrow();
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> in.scaleInput(new float[] {1, 1, 1}));
        assertEquals("the network's scaling cannot scale input 1: its factor is 0, which would map every value to"
                + " the new minimum -1.0 (libfann saves 0 when the scaling's new minimum and maximum are equal)",
                input.getMessage());
        ScaleParameters out = NetFixtures.parse(scaled("scale_factor_out", "-0.0 1")).scale().orElseThrow();
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> out.scaleOutput(new float[] {1, 1}));
        assertTrue(output.getMessage().startsWith("the network's scaling cannot scale output 0: its factor is 0,"),
                output.getMessage());
        IllegalArgumentException descale = assertThrows(IllegalArgumentException.class,
                () -> out.descaleOutput(new float[] {0.5f, 0.5f}));
        assertEquals("the network's scaling cannot descale output 0: its factor is 0, which descaling would divide"
                + " by (libfann saves 0 when the scaling's new minimum and maximum are equal)", descale.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nan | NaN
            inf | Infinity
            -1e39 | -Infinity
            """)
    void nonFiniteCascadeSteepnesses(String written, String shown) throws IOException {
        // libfann loads them; a candidate with one outputs NaN, as a neuron would
        assertEquals("test.net:32: cascade activation steepness 2 of 4 is " + shown + "; expected a finite number",
                error(replace(good(), "e-01 5.00000000000000000000e-01 ", "e-01 " + written + " ")));
    }

    @Test
    void cascadeActivationIdOutOfRange() throws IOException {
        assertEquals("test.net:30: cascade activation function 2 of 10: FANN activation function id 18 does not"
                + " exist; FANN 2.2 ids are 0 to 17",
                error(replace(good(), "cascade_activation_functions=3 5 ", "cascade_activation_functions=3 18 ")));
    }

    /** The fixture with {@code key}'s whole value replaced. */
    private static String setting(String key, String value) throws IOException {
        String line = "(?m)^" + key + "=.*$";
        if (!java.util.regex.Pattern.compile(line).matcher(good()).find()) {
            throw new IllegalArgumentException(key);
        }
        return good().replaceFirst(line, java.util.regex.Matcher.quoteReplacement(key + "=" + value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            training_algorithm | 99 | 7: training_algorithm is 99; expected 0 (incremental), 1 (batch), 2 (RPROP), \
            3 (Quickprop) or 4 (SARPROP)
            training_algorithm | 4294967295 | 7: training_algorithm is 4294967295; expected 0 (incremental), \
            1 (batch), 2 (RPROP), 3 (Quickprop) or 4 (SARPROP)
            train_error_function | 99 | 8: train_error_function is 99; expected 0 (linear) or 1 (tanh)
            train_stop_function | 99 | 9: train_stop_function is 99; expected 0 (MSE) or 1 (bit)
            cascade_max_out_epochs | 4294967295 | 21: cascade_max_out_epochs is 4294967295; expected 0 to 2147483647
            learning_rate | nan | 3: learning_rate is NaN; expected a finite number >= 0
            learning_momentum | -0.5 | 6: learning_momentum is -0.5; expected a finite number >= 0
            quickprop_decay | inf | 11: quickprop_decay is Infinity; expected a finite number
            rprop_delta_max | -inf | 16: rprop_delta_max is -Infinity; expected a finite number >= 0
            bit_fail_limit | nan | 26: bit_fail_limit is NaN; expected a finite number >= 0
            cascade_weight_multiplier | -1 | 28: cascade_weight_multiplier is -1.0; expected a finite number >= 0
            """)
    void headerValuesOutOfTheirDomain(String key, String value, String lineAndProblem) throws IOException {
        assertEquals("test.net:" + lineAndProblem, error(setting(key, value)));
    }

    @Test
    void settingsNoAlgorithmTrainsWithStillLoad() throws IOException {
        // libfann writes what fann_set_* was given: a learning rate of 0 is harmless under SARPROP
        FannParameters p = NetFixtures.parse(setting("learning_rate", "0").replace("training_algorithm=3",
                "training_algorithm=4")).parameters();
        assertEquals(0f, p.learningRate());
        assertEquals(4, p.trainingAlgorithm());
        assertEquals(-0.0001f, p.quickpropDecay());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "  "})
    void whitespaceBeforeEquals(String space) throws IOException {
        assertEquals("test.net:2: expected 'num_layers=' but found 'num_layers" + space + "='; FANN files allow no"
                + " whitespace before '='", error(replace(good(), "num_layers=", "num_layers" + space + "=")));
    }

    @Test
    void whitespaceAfterEqualsIsSkipped() throws IOException {
        // as libfann's fscanf("num_layers=%u") does
        assertEquals(4, NetFixtures.parse(replace(good(), "num_layers=4", "num_layers= 4")).network().topology()
                .numLayers());
    }

    /**
     * Whitespace where libfann's fscanf formats skip it: around values, between entries, at line starts
     * (written {@code \t}, {@code \n} and {@code \f} here: CSV trims real whitespace).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            num_layers=4 | num_layers=\\t4\\t
            \\nlearning_rate= | \\n\\t\\flearning_rate=
            cascade_activation_functions=3 5 | cascade_activation_functions=\\t3\\t5
            (0, 0, 0.0 | (\\t0,\\t0,\\t0.0
            ) (1, 7.35 | )\\t(\\t1,\\t7.35
            """)
    void tabsWhereLibfannSkipsWhitespace(String from, String to) throws IOException {
        FannNet net = NetFixtures.parse(replace(good(), unescape(from), unescape(to)));
        assertEquals(NetFixtures.parse(good()).network().topology(), net.network().topology());
        assertEquals(java.util.Arrays.toString(NetFixtures.parse(good()).network().weights()),
                java.util.Arrays.toString(net.network().weights()));
    }

    /**
     * The spaces of the keys {@code neurons (...)=} and {@code connections (...)=} are whitespace
     * directives of libfann's fscanf formats: any run of whitespace matches them, line ends and none
     * included (checked against libfann 2.2's fann_create_from_file).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "neurons\t(num_inputs,\tactivation_function,  activation_steepness)=",
        "neurons(num_inputs,activation_function,activation_steepness)=",
        "neurons\n(num_inputs,\r\n activation_function, activation_steepness)="})
    void whitespaceInsideMultiWordKeys(String neuronsKey) throws IOException {
        String text = replace(replace(good(), "neurons (num_inputs, activation_function, activation_steepness)=",
                neuronsKey), "connections (connected_to_neuron, weight)=",
                "connections\t(connected_to_neuron,\t\tweight)=");
        assertEquals(java.util.Arrays.toString(NetFixtures.parse(good()).network().weights()),
                java.util.Arrays.toString(NetFixtures.parse(text).network().weights()));
    }

    @Test
    void whitespaceLibfannDoesNotSkipInMultiWordKeys() throws IOException {
        // where the key has no space, and before '=': libfann fails on both
        assertEquals("test.net:36: expected 'connections (connected_to_neuron, weight)=' but found 'connections"
                + " (connected_to _neuron, weight)='", error(replace(good(), "connected_to_neuron",
                        "connected_to _neuron")));
        assertEquals("test.net:36: expected 'connections (connected_to_neuron, weight)=' but found 'connections"
                + "\t(connected_to_neuron, weight)\t='; FANN files allow no whitespace before '='",
                error(replace(good(), "connections (connected_to_neuron, weight)=",
                        "connections\t(connected_to_neuron, weight)\t=")));
        // a key's whitespace may run over line ends, but what is shown stays on its first line
        assertEquals("test.net:35: expected 'neurons (num_inputs, activation_function, activation_steepness)=' but"
                + " found 'neurons'", error(replace(good(), "neurons (num_inputs, activation_function,"
                        + " activation_steepness)=", "neurons\n")));
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\f", "\f");
    }

    @Test
    void byteOrderMark() throws IOException {
        String bom = "test.net:1: expected a FANN network header, one of FANN_FLO_2.1, FANN_FLO_2.0, FANN_FIX_2.0,"
                + " but found a UTF-8 byte order mark (BOM) at the start of the file; FANN files have none";
        assertEquals(bom, error("\uFEFF" + good()));
        Path file = dir.resolve("bom.net");
        // the mark's three bytes, as a file read byte by byte sees them
        Files.write(file, ("\u00EF\u00BB\u00BF" + good()).getBytes(StandardCharsets.ISO_8859_1));
        FannFormatException e = assertThrows(FannFormatException.class, () -> FannNetFile.read(file));
        assertEquals(bom.replace("test.net", file.toString()), e.getMessage());
    }
}
