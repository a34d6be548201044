package dev.zenneural.tools.bench;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import java.util.SplittableRandom;

/**
 * The shape of FANN's mushroom problem, which the neural lines measure on: a 125-32-2 network and
 * one-hot rows like mushroom.train's, drawn from fixed seeds (the speed does not depend on the
 * values, so {@code zen bench} needs no data file).
 */
final class MushroomShape {

    /** The network's layer sizes, as the report and help name them. */
    static final String LAYERS = "125-32-2";
    static final int INPUTS = 125;
    static final int HIDDEN = 32;
    static final int OUTPUTS = 2;
    /** Pairs in mushroom.train. */
    static final int PAIRS = 4062;
    /** Inputs at 1 in a row (one per attribute value; mushroom's rows have 21 or 22), the rest 0. */
    static final int LIT = 22;
    /** Weights, biases included: 126 x 32 + 33 x 2. */
    static final int CONNECTIONS = (INPUTS + 1) * HIDDEN + (HIDDEN + 1) * OUTPUTS;

    private MushroomShape() {
    }

    /** Sigmoid-symmetric hidden layer, sigmoid outputs, weights uniform in [-0.1, 0.1] (seed 42). */
    static Network network() {
        return Network.builder().layers(INPUTS, HIDDEN, OUTPUTS)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID)
                .randomWeights(-0.1f, 0.1f).seed(42).build();
    }

    /** {@code count} input rows, row after row, each with {@value #LIT} inputs at 1. */
    static float[] rows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] rows = new float[count * INPUTS];
        for (int r = 0; r < count; r++) {
            for (int set = 0; set < LIT; ) {
                int i = r * INPUTS + random.nextInt(INPUTS);
                if (rows[i] == 0) {
                    rows[i] = 1;
                    set++;
                }
            }
        }
        return rows;
    }

    /** {@value #PAIRS} pairs of {@link #rows} with one-hot targets (edible or poisonous, at random). */
    static TrainingData pairs(long seed) {
        float[] targets = new float[PAIRS * OUTPUTS];
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int p = 0; p < PAIRS; p++) {
            targets[p * OUTPUTS + random.nextInt(OUTPUTS)] = 1;
        }
        return TrainingData.of(INPUTS, OUTPUTS, rows(PAIRS, seed), targets);
    }
}
