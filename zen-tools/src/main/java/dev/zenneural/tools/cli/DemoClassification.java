package dev.zenneural.tools.cli;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Evaluation;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The first half of {@code zen demo}: a FANN-style network (125-16-2, iRPROP-, FANN's defaults)
 * trained on the mushroom training pairs and scored on the test pairs, beside the majority-class
 * baseline.
 */
final class DemoClassification {

    private static final int HIDDEN = 16;
    private static final float DESIRED_MSE = 0.001f;
    private static final float BIT_FAIL_LIMIT = 0.35f;

    private final int maxEpochs;
    private final long seed;

    DemoClassification(int maxEpochs, long seed) {
        this.maxEpochs = maxEpochs;
        this.seed = seed;
    }

    /** Trains, scores and prints; returns the test classification error in percent. */
    double run(PrintWriter out) throws IOException {
        TrainingData train = DemoData.mushroom("train");
        TrainingData test = DemoData.mushroom("test");
        out.printf(Locale.ROOT, "1. Classification: mushroom (PROBEN1 via FANN), %d training and %d test pairs,"
                + " %d inputs, %d classes%n", train.numPairs(), test.numPairs(), train.numInputs(), train.numOutputs());
        Network start = Network.builder().layers(train.numInputs(), HIDDEN, train.numOutputs())
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC).outputActivation(ActivationFunction.SIGMOID)
                .seed(seed).randomWeights(-0.1f, 0.1f).build();
        long t0 = System.nanoTime();
        TrainingResult result = Trainer.builder().algorithm(Rprop.defaults()).desiredError(DESIRED_MSE)
                .maxEpochs(maxEpochs).build().train(start, train, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Evaluation onTrain = Evaluation.of(result.network(), train, BIT_FAIL_LIMIT);
        Evaluation onTest = Evaluation.of(result.network(), test, BIT_FAIL_LIMIT);
        int majority = majorityClass(train);
        out.printf(Locale.ROOT, "   network %d-%d-%d, iRPROP-: %d epochs in %.1f s (training MSE %.5f)%n",
                train.numInputs(), HIDDEN, train.numOutputs(), result.epochs(), seconds, result.mse());
        out.printf(Locale.ROOT, "   classification error   network %6.2f %% test  (%.2f %% train)%n",
                onTest.classificationErrorPercent(), onTrain.classificationErrorPercent());
        out.printf(Locale.ROOT, "                          baseline %6.2f %% test  (always class %d of %d, the"
                + " training set's most common)%n", errorOf(majority, test), majority + 1, train.numOutputs());
        return onTest.classificationErrorPercent();
    }

    /** The class (index of the largest target) most pairs have. */
    static int majorityClass(TrainingData data) {
        int[] counts = new int[data.numOutputs()];
        for (int p = 0; p < data.numPairs(); p++) {
            counts[classOf(data, p)]++;
        }
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The error in percent of always answering {@code label}. */
    static double errorOf(int label, TrainingData data) {
        int wrong = 0;
        for (int p = 0; p < data.numPairs(); p++) {
            if (classOf(data, p) != label) {
                wrong++;
            }
        }
        return data.numPairs() == 0 ? 0 : 100.0 * wrong / data.numPairs();
    }

    private static int classOf(TrainingData data, int pair) {
        int best = 0;
        for (int o = 1; o < data.numOutputs(); o++) {
            if (data.output(pair, o) > data.output(pair, best)) {
                best = o;
            }
        }
        return best;
    }
}
