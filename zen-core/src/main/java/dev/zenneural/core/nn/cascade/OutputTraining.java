package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.train.EpochReport;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingDivergedException;
import dev.zenneural.core.nn.train.TrainingListener;
import dev.zenneural.core.nn.train.TrainingResult;
import java.util.Arrays;

/**
 * libfann's {@code fann_train_outputs}: trains only the output connections, the sources being
 * frozen. The sources' values are computed once per round, so the outputs train as a one-layer
 * network whose "inputs" are the source values (the bias among them, as the constant 1 at its own
 * position): its weights are the output connections' weights in the same order, and nn.train's
 * {@link Trainer} gives libfann's slopes and updates for them, stopped on libfann's stagnation rule.
 */
final class OutputTraining {

    /**
     * What one call achieved.
     *
     * @param weights the trained output connections' weights
     * @param epochs epochs trained
     * @param mse the MSE of the last epoch (before its update, as libfann reports it)
     * @param bitFails the bit fails of the last epoch
     */
    record Outcome(float[] weights, int epochs, float mse, int bitFails) {
    }

    private final CascadeTrainer config;
    private final Topology flat;
    private final TrainingData flatData;

    /**
     * Output training of {@code network}, whose source neurons have the values {@code sourceValues}
     * for the pairs of {@code data}.
     */
    OutputTraining(CascadeTrainer config, GrowingNetwork network, float[] sourceValues, TrainingData data) {
        this.config = config;
        this.flat = flatTopology(network.network().topology());
        this.flatData = TrainingData.of(flat.numInputs(), flat.numOutputs(), sourceValues, data.outputs());
    }

    /*
     * The flat network's input layer holds the sources (bias included, as an ordinary input that is
     * always 1) and then its own bias neuron, which nothing reads; every output reads all sources in
     * order, so the weights line up with the grown network's output connections one to one.
     */
    private static Topology flatTopology(Topology t) {
        int s = t.firstOutput();
        int numOutputs = t.numOutputs();
        int neurons = s + 1 + numOutputs;
        ActivationFunction[] activations = new ActivationFunction[neurons];
        float[] steepnesses = new float[neurons];
        int[] counts = new int[neurons];
        Arrays.fill(activations, 0, s + 1, ActivationFunction.LINEAR);
        int[] sources = new int[numOutputs * s];
        for (int o = 0; o < numOutputs; o++) {
            activations[s + 1 + o] = t.activation(s + o);
            steepnesses[s + 1 + o] = t.steepness(s + o);
            counts[s + 1 + o] = s;
            for (int i = 0; i < s; i++) {
                sources[o * s + i] = i;
            }
        }
        return Topology.of(NetworkType.SHORTCUT, 1f, new int[] {s + 1, numOutputs}, activations, steepnesses, counts,
                sources);
    }

    /**
     * Trains from {@code initial} until the error stagnates, the maximum number of epochs, or the
     * desired error.
     *
     * @throws TrainingDivergedException if the MSE or a weight becomes NaN or infinite
     */
    Outcome train(float[] initial, float desiredError) {
        TrainingResult r = Trainer.builder().algorithm(config.algorithm()).errorFunction(config.errorFunction())
                .stopFunction(config.stopFunction()).bitFailLimit(config.bitFailLimit()).desiredError(desiredError)
                .maxEpochs(config.maxOutEpochs()).threads(config.threads()).listener(new Stagnation(config)).build()
                .train(Network.of(flat, initial), flatData);
        return new Outcome(r.network().weights(), r.epochs(), r.mse(), r.bitFails());
    }

    /**
     * Each pair's remaining error per output with {@code weights}, as libfann's candidate training
     * computes it: target minus output, halved for symmetric activations ({@code numPairs *
     * numOutputs} values, pair after pair).
     */
    float[] residuals(float[] weights) {
        int numOutputs = flat.numOutputs();
        float[] residuals = new float[flatData.numPairs() * numOutputs];
        Network.of(flat, weights).run(flatData.inputs(), flatData.numPairs(), residuals);
        float[] targets = flatData.outputs();
        for (int i = 0; i < residuals.length; i++) {
            float diff = targets[i] - residuals[i];
            residuals[i] = flat.activation(flat.firstOutput() + i % numOutputs).symmetric() ? diff / 2.0f : diff;
        }
        return residuals;
    }

    /** libfann's rule for output training: stop once the improvement since the first epoch stagnates. */
    private static final class Stagnation implements TrainingListener {

        private final Patience patience;
        private float initialMse;

        Stagnation(CascadeTrainer config) {
            this.patience = new Patience(config.outputChangeFraction(), config.outputStagnationEpochs(),
                    config.minOutEpochs(), config.maxOutEpochs());
        }

        @Override
        public Decision onEpoch(EpochReport report) {
            if (report.epoch() == 1) {
                initialMse = report.trainMse();
                return Decision.CONTINUE;
            }
            return patience.exhausted(report.epoch() - 1, initialMse - report.trainMse()) ? Decision.STOP
                    : Decision.CONTINUE;
        }
    }
}
