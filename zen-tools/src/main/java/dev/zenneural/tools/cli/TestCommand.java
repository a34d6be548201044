package dev.zenneural.tools.cli;

import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.fann.net.FannNet;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.fann.net.ScaleParameters;
import dev.zenneural.core.nn.train.Evaluation;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zen test}: how well a saved network fits a FANN {@code .data} file. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "MSE, bit fails and classification error of a FANN .net network on a FANN .data file"
                + " (scaled first with the network's scaling parameters, if it has them).")
final class TestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NET", description = "The network, a FANN .net file.")
    java.nio.file.Path net;

    @Parameters(index = "1", paramLabel = "DATA", description = "The pairs, a FANN .data file.")
    java.nio.file.Path data;

    @Option(names = "--bit-fail-limit", paramLabel = "L",
            description = "How far off an output counts as a bit fail (default: the network file's).")
    Float bitFailLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (bitFailLimit != null) {
            Usage.finiteAtLeastZero(spec.commandLine(), "--bit-fail-limit", bitFailLimit);
        }
        FileArguments.input(net);
        FileArguments.input(data);
        FannNet fann = FannNetFile.read(net);
        TrainingData pairs = FannDataFile.read(data);
        if (pairs.numInputs() != fann.network().numInputs() || pairs.numOutputs() != fann.network().numOutputs()) {
            throw new IllegalArgumentException(data + " has " + pairs.numInputs() + " inputs and " + pairs.numOutputs()
                    + " outputs per pair, but the network in " + net + " has " + fann.network().numInputs()
                    + " inputs and " + fann.network().numOutputs() + " outputs");
        }
        if (fann.scale().isPresent()) {
            pairs = scaled(pairs, fann.scale().get());
        }
        float limit = bitFailLimit == null ? fann.parameters().bitFailLimit() : bitFailLimit;
        Evaluation e = Evaluation.of(fann.network(), pairs, limit);
        spec.commandLine().getOut().printf(Locale.ROOT,
                "pairs %d  mse %.6g  bit fails %d (limit %s)  classification error %.2f %%%s%n", e.pairs(), e.mse(),
                e.bitFails(), limit, e.classificationErrorPercent(),
                fann.scale().isPresent() ? "  (data scaled with the network's scaling parameters)" : "");
        return 0;
    }

    /**
     * The pairs in the network's scaled units, as libfann's {@code fann_scale_train_data} makes them
     * before training and testing a network that carries scaling parameters.
     */
    private static TrainingData scaled(TrainingData pairs, ScaleParameters scale) {
        float[] in = pairs.inputs();
        float[] out = pairs.outputs();
        float[] inRow = new float[pairs.numInputs()];
        float[] outRow = new float[pairs.numOutputs()];
        for (int p = 0; p < pairs.numPairs(); p++) {
            System.arraycopy(in, p * inRow.length, inRow, 0, inRow.length);
            scale.scaleInput(inRow);
            System.arraycopy(inRow, 0, in, p * inRow.length, inRow.length);
            System.arraycopy(out, p * outRow.length, outRow, 0, outRow.length);
            scale.scaleOutput(outRow);
            System.arraycopy(outRow, 0, out, p * outRow.length, outRow.length);
        }
        return TrainingData.of(pairs.numInputs(), pairs.numOutputs(), in, out);
    }
}
