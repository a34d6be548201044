package dev.zenneural.core.nn.train;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import java.util.Objects;

/**
 * How well a network fits a data set, as libfann's {@code fann_test_data} reports it (MSE with
 * symmetric outputs' differences halved, bit fails) plus the classification error: with several
 * outputs a pair is wrong when the largest output is not the largest target; with one output, when
 * output and target fall on different sides of the middle of the output activation's range (0.5 for
 * sigmoid, 0 for symmetric functions).
 *
 * @param mse the mean squared (halved for symmetric outputs) difference
 * @param bitFails outputs at least the bit-fail limit off
 * @param classificationErrorPercent wrongly classified pairs, in percent of all pairs
 * @param pairs how many pairs were evaluated
 */
public record Evaluation(float mse, int bitFails, double classificationErrorPercent, int pairs) {

    /**
     * Evaluates {@code network} on {@code data}.
     *
     * @throws IllegalArgumentException if the data do not fit the network or the bit-fail limit is
     *     negative
     */
    public static Evaluation of(Network network, TrainingData data, float bitFailLimit) {
        Objects.requireNonNull(network, "network");
        network.checkFits("the data", data.numInputs(), data.numOutputs());
        int outs = data.numOutputs();
        float[] outputs = new float[data.numPairs() * outs];
        network.run(data.inputs(), data.numPairs(), outputs);
        float[] targets = data.outputs();
        ActivationFunction[] activations = new ActivationFunction[outs];
        for (int o = 0; o < outs; o++) {
            activations[o] = network.topology().activation(network.topology().firstOutput() + o);
        }
        ErrorAccumulator error = new ErrorAccumulator(bitFailLimit);
        float middle = activations[0].symmetric() ? 0f : 0.5f;
        int wrong = 0;
        for (int p = 0; p < data.numPairs(); p++) {
            int row = p * outs;
            int bestOut = 0;
            int bestTarget = 0;
            for (int o = 0; o < outs; o++) {
                error.add(activations[o], targets[row + o], outputs[row + o]);
                if (outputs[row + o] > outputs[row + bestOut]) {
                    bestOut = o;
                }
                if (targets[row + o] > targets[row + bestTarget]) {
                    bestTarget = o;
                }
            }
            boolean miss = outs == 1 ? (outputs[row] >= middle) != (targets[row] >= middle) : bestOut != bestTarget;
            if (miss) {
                wrong++;
            }
        }
        double percent = data.numPairs() == 0 ? 0 : 100.0 * wrong / data.numPairs();
        return new Evaluation(error.mse(), error.bitFails(), percent, data.numPairs());
    }
}
