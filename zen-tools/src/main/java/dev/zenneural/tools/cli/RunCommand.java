package dev.zenneural.tools.cli;

import dev.zenneural.core.fann.net.FannNet;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.fann.text.CFloat;
import dev.zenneural.core.fann.text.LineReader;
import dev.zenneural.core.io.InputFormatException;
import dev.zenneural.core.nn.network.Network;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zen run}: a saved network's outputs, one line per input row. Rows come from the command
 * line (all values, row after row) or, without values, from stdin, one row per line. A network
 * saved with FANN scaling parameters gets its inputs scaled and its outputs descaled, as
 * {@code fann_scale_input} and {@code fann_descale_output} would.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Outputs of a FANN .net network for input rows given as values or on stdin (one row per line).")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NET", description = "The network, a FANN .net file.")
    Path net;

    @Parameters(index = "1..*", paramLabel = "VALUE",
            description = "Input values, row after row; without them rows are read from stdin.")
    List<String> values = List.of();

    /** Where rows are read from without values; stdin unless a test says otherwise. */
    InputStream in = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FileArguments.input(net);
        FannNet fann = FannNetFile.read(net);
        int numInputs = fann.network().numInputs();
        PrintWriter out = spec.commandLine().getOut();
        if (!values.isEmpty()) {
            if (values.size() % numInputs != 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the network takes " + numInputs
                        + " inputs per row, but " + values.size() + " values were given");
            }
            for (int row = 0; row < values.size() / numInputs; row++) {
                float[] input = new float[numInputs];
                for (int i = 0; i < numInputs; i++) {
                    try {
                        input[i] = number(values.get(row * numInputs + i), "argument", 0);
                    } catch (InputFormatException e) {
                        throw new CommandLine.ParameterException(spec.commandLine(), e.detail());
                    }
                }
                print(out, fann, input);
            }
            return 0;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && LineReader.startsWithBom(line)) {
                // decoded, the mark is U+FEFF, which strip() keeps: it would read as part of the first value
                throw new InputFormatException("stdin", lineNumber, "expected " + numInputs + " input values, found "
                        + "a UTF-8 byte order mark (BOM) at the start of the input; remove it", null);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] tokens = trimmed.split("\\s+");
            if (tokens.length != numInputs) {
                throw new InputFormatException("stdin", lineNumber, "expected " + numInputs + " input values, found "
                        + tokens.length, null);
            }
            float[] input = new float[numInputs];
            for (int i = 0; i < numInputs; i++) {
                input[i] = number(tokens[i], "stdin", lineNumber);
            }
            print(out, fann, input);
        }
        return 0;
    }

    private static float number(String token, String source, long line) {
        float value;
        try {
            value = CFloat.parse(token);
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, line, "'" + token + "' is not a number", null);
        }
        if (!Float.isFinite(value)) {
            throw new InputFormatException(source, line, "input " + token + " is not a finite number", null);
        }
        return value;
    }

    private static void print(PrintWriter out, FannNet fann, float[] input) {
        Network network = fann.network();
        fann.scale().ifPresent(s -> s.scaleInput(input));
        float[] output = network.run(input);
        fann.scale().ifPresent(s -> s.descaleOutput(output));
        StringBuilder line = new StringBuilder();
        for (int o = 0; o < output.length; o++) {
            line.append(o == 0 ? "" : " ").append(output[o]);
        }
        out.println(line);
    }
}
