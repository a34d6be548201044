package dev.zenneural.core.fann.net;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.IncrementalBackprop;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Sarprop;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import java.util.List;

/**
 * The training settings a FANN 2.2 {@code .net} file carries besides the network, kept so that
 * loading and saving a file preserves them. Numbers are as libfann stores them: the enums
 * ({@code trainingAlgorithm}: 0 incremental, 1 batch, 2 RPROP, 3 Quickprop, 4 SARPROP;
 * {@code trainErrorFunction}: 0 linear, 1 tanh; {@code trainStopFunction}: 0 MSE, 1 bit) as their
 * FANN ids, counts as unsigned ints. FANN 2.2 files do not hold SARPROP's own parameters.
 */
public record FannParameters(
        float learningRate,
        float learningMomentum,
        int trainingAlgorithm,
        int trainErrorFunction,
        int trainStopFunction,
        float cascadeOutputChangeFraction,
        float quickpropDecay,
        float quickpropMu,
        float rpropIncreaseFactor,
        float rpropDecreaseFactor,
        float rpropDeltaMin,
        float rpropDeltaMax,
        float rpropDeltaZero,
        int cascadeOutputStagnationEpochs,
        float cascadeCandidateChangeFraction,
        int cascadeCandidateStagnationEpochs,
        int cascadeMaxOutEpochs,
        int cascadeMinOutEpochs,
        int cascadeMaxCandEpochs,
        int cascadeMinCandEpochs,
        int cascadeNumCandidateGroups,
        float bitFailLimit,
        float cascadeCandidateLimit,
        float cascadeWeightMultiplier,
        List<ActivationFunction> cascadeActivationFunctions,
        List<Float> cascadeActivationSteepnesses) {

    public FannParameters {
        cascadeActivationFunctions = List.copyOf(cascadeActivationFunctions);
        cascadeActivationSteepnesses = List.copyOf(cascadeActivationSteepnesses);
        for (ActivationFunction f : cascadeActivationFunctions) {
            if (f.fannId().isEmpty()) {
                throw new IllegalArgumentException("cascade activation function " + f + " is not part of FANN 2.2");
            }
        }
    }

    /** The values a new libfann 2.2 network has ({@code fann_allocate_structure}). */
    public static FannParameters defaults() {
        return new FannParameters(0.7f, 0f, 2, 1, 0, 0.01f, -0.0001f, 1.75f, 1.2f, 0.5f, 0f, 50f, 0.1f, 12, 0.01f, 12,
                150, 50, 150, 50, 2, 0.35f, 1000f, 0.4f,
                List.of(ActivationFunction.SIGMOID, ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.GAUSSIAN,
                        ActivationFunction.GAUSSIAN_SYMMETRIC, ActivationFunction.ELLIOT,
                        ActivationFunction.ELLIOT_SYMMETRIC, ActivationFunction.SIN_SYMMETRIC,
                        ActivationFunction.COS_SYMMETRIC, ActivationFunction.SIN, ActivationFunction.COS),
                List.of(0.25f, 0.5f, 0.75f, 1.0f));
    }

    /**
     * The training algorithm these settings name, with their parameters; SARPROP, whose own
     * parameters FANN files do not hold, gets libfann's defaults for them.
     *
     * @throws IllegalArgumentException if the algorithm id is not one of FANN 2.2's
     */
    public TrainingAlgorithm algorithm() {
        return switch (trainingAlgorithm) {
            case 0 -> new IncrementalBackprop(learningRate, learningMomentum);
            case 1 -> new BatchBackprop(learningRate);
            case 2 -> new Rprop(rpropIncreaseFactor, rpropDecreaseFactor, rpropDeltaMin, rpropDeltaMax, rpropDeltaZero);
            case 3 -> new Quickprop(learningRate, quickpropDecay, quickpropMu);
            case 4 -> {
                Sarprop d = Sarprop.defaults();
                yield new Sarprop(rpropIncreaseFactor, rpropDecreaseFactor, rpropDeltaMax, d.weightDecayShift(),
                        d.stepErrorThresholdFactor(), d.stepErrorShift(), d.temperature(), d.seed());
            }
            default -> throw new IllegalArgumentException("training_algorithm " + trainingAlgorithm
                    + " is not one of FANN 2.2's (0 incremental, 1 batch, 2 RPROP, 3 Quickprop, 4 SARPROP)");
        };
    }

    /**
     * A trainer builder set up as libfann would train with these settings: the algorithm, error
     * function, stop function and bit-fail limit; epochs and desired error are left to the caller.
     *
     * @throws IllegalArgumentException if an id or a parameter is not valid for FANN 2.2
     */
    public Trainer.Builder trainer() {
        return Trainer.builder()
                .algorithm(algorithm())
                .errorFunction(ErrorFunction.values()[checkId("train_error_function", trainErrorFunction,
                        ErrorFunction.values().length)])
                .stopFunction(StopFunction.values()[checkId("train_stop_function", trainStopFunction,
                        StopFunction.values().length)])
                .bitFailLimit(bitFailLimit);
    }

    private static int checkId(String what, int id, int count) {
        if (id < 0 || id >= count) {
            throw new IllegalArgumentException(what + " " + id + " is not one of FANN 2.2's (0 to " + (count - 1) + ")");
        }
        return id;
    }

    /** A copy with another learning rate. */
    public FannParameters withLearningRate(float rate) {
        return new FannParameters(rate, learningMomentum, trainingAlgorithm, trainErrorFunction, trainStopFunction,
                cascadeOutputChangeFraction, quickpropDecay, quickpropMu, rpropIncreaseFactor, rpropDecreaseFactor,
                rpropDeltaMin, rpropDeltaMax, rpropDeltaZero, cascadeOutputStagnationEpochs,
                cascadeCandidateChangeFraction, cascadeCandidateStagnationEpochs, cascadeMaxOutEpochs,
                cascadeMinOutEpochs, cascadeMaxCandEpochs, cascadeMinCandEpochs, cascadeNumCandidateGroups,
                bitFailLimit, cascadeCandidateLimit, cascadeWeightMultiplier, cascadeActivationFunctions,
                cascadeActivationSteepnesses);
    }
}
