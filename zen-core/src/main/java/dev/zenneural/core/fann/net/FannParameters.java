package dev.zenneural.core.fann.net;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.train.BatchBackprop;
import dev.zenneural.core.nn.train.Checks;
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

    /**
     * Refuses what {@code FannNetReader} refuses, so that every set of parameters written loads again:
     * rates, factors, step sizes and limits finite and {@code >= 0}, the decay finite, the enum ids
     * FANN 2.2's, the counts {@code >= 0}, the candidates' steepnesses finite.
     *
     * @throws IllegalArgumentException naming the first value out of its range, by its key in a
     *     {@code .net} file
     */
    public FannParameters {
        cascadeActivationFunctions = List.copyOf(cascadeActivationFunctions);
        cascadeActivationSteepnesses = List.copyOf(cascadeActivationSteepnesses);
        Checks.atLeastZero("learning_rate", learningRate);
        Checks.atLeastZero("learning_momentum", learningMomentum);
        checkId("training_algorithm", trainingAlgorithm, 5);
        checkId("train_error_function", trainErrorFunction, ErrorFunction.values().length);
        checkId("train_stop_function", trainStopFunction, StopFunction.values().length);
        Checks.atLeastZero("cascade_output_change_fraction", cascadeOutputChangeFraction);
        Checks.finite("quickprop_decay", quickpropDecay);
        Checks.atLeastZero("quickprop_mu", quickpropMu);
        Checks.atLeastZero("rprop_increase_factor", rpropIncreaseFactor);
        Checks.atLeastZero("rprop_decrease_factor", rpropDecreaseFactor);
        Checks.atLeastZero("rprop_delta_min", rpropDeltaMin);
        Checks.atLeastZero("rprop_delta_max", rpropDeltaMax);
        Checks.atLeastZero("rprop_delta_zero", rpropDeltaZero);
        Checks.atLeast("cascade_output_stagnation_epochs", cascadeOutputStagnationEpochs, 0);
        Checks.atLeastZero("cascade_candidate_change_fraction", cascadeCandidateChangeFraction);
        Checks.atLeast("cascade_candidate_stagnation_epochs", cascadeCandidateStagnationEpochs, 0);
        Checks.atLeast("cascade_max_out_epochs", cascadeMaxOutEpochs, 0);
        Checks.atLeast("cascade_min_out_epochs", cascadeMinOutEpochs, 0);
        Checks.atLeast("cascade_max_cand_epochs", cascadeMaxCandEpochs, 0);
        Checks.atLeast("cascade_min_cand_epochs", cascadeMinCandEpochs, 0);
        Checks.atLeast("cascade_num_candidate_groups", cascadeNumCandidateGroups, 0);
        Checks.atLeastZero("bit_fail_limit", bitFailLimit);
        Checks.atLeastZero("cascade_candidate_limit", cascadeCandidateLimit);
        Checks.atLeastZero("cascade_weight_multiplier", cascadeWeightMultiplier);
        for (int i = 0; i < cascadeActivationSteepnesses.size(); i++) {
            Checks.finite("cascade activation steepness " + (i + 1), cascadeActivationSteepnesses.get(i));
        }
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
     * @throws IllegalArgumentException if a setting is out of the algorithm's range (a learning rate
     *     of 0 for backpropagation, which libfann files may hold for the algorithms that do not read it)
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
            default -> throw new IllegalStateException("training_algorithm " + trainingAlgorithm + " passed the check");
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
                .errorFunction(ErrorFunction.values()[trainErrorFunction])
                .stopFunction(StopFunction.values()[trainStopFunction])
                .bitFailLimit(bitFailLimit);
    }

    private static void checkId(String what, int id, int count) {
        if (id < 0 || id >= count) {
            throw new IllegalArgumentException(what + " " + id + " is not one of FANN 2.2's (0 to " + (count - 1) + ")");
        }
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
