package dev.zenneural.tools.cli;

import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.fann.net.FannNet;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.fann.net.FannParameters;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkBuilder;
import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.network.WeightInit;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.core.nn.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zen train}: a FANN-style network trained on a FANN {@code .data} file and saved as a
 * {@code .net} file that libfann can load, as FANN's {@code fann_train_on_file} with its defaults.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a network on a FANN .data file and save it as a FANN .net file.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "Training pairs, a FANN .data file.")
    Path data;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NET",
            description = "Where to save the trained network (FANN_FLO_2.1 .net, written atomically).")
    Path output;

    @Option(names = "--hidden", split = ",", paramLabel = "N[,N...]",
            description = "Hidden layer sizes, e.g. 32 or 64,32 (default: none, inputs straight to outputs).")
    int[] hidden = {};

    @Option(names = "--hidden-activation", paramLabel = "FUNCTION", defaultValue = "sigmoid_symmetric",
            description = "Activation of the hidden layers: linear, sigmoid, sigmoid_symmetric, gaussian, elliot,"
                    + " relu, tanh, ... (default: ${DEFAULT-VALUE}).")
    ActivationFunction hiddenActivation;

    @Option(names = "--output-activation", paramLabel = "FUNCTION", defaultValue = "sigmoid",
            description = "Activation of the output layer (default: ${DEFAULT-VALUE}).")
    ActivationFunction outputActivation;

    @Option(names = "--shortcut", description = "Connect every layer to all layers before it (FANN shortcut).")
    boolean shortcut;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "rprop",
            description = "rprop, quickprop, incremental, batch, sarprop, sgd or adam (default: ${DEFAULT-VALUE}).")
    AlgorithmName algorithm;

    @Option(names = "--learning-rate", paramLabel = "RATE", description = "Step size (algorithm's default if not given).")
    Float learningRate;

    @Option(names = "--momentum", paramLabel = "M", description = "Momentum for incremental and sgd.")
    Float momentum;

    @Option(names = "--batch-size", paramLabel = "PAIRS", description = "Pairs per update for sgd and adam.")
    Integer batchSize;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1000",
            description = "Most epochs to train (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--desired-error", paramLabel = "E", defaultValue = "0.001",
            description = "Stop once the stop function reaches this (default: ${DEFAULT-VALUE}).")
    float desiredError;

    @Option(names = "--stop-function", paramLabel = "mse|bit", defaultValue = "mse",
            description = "What --desired-error is compared with: the MSE or the bit-fail count (default: ${DEFAULT-VALUE}).")
    StopFunction stopFunction;

    @Option(names = "--error-function", paramLabel = "tanh|linear", defaultValue = "tanh",
            description = "Error function, as FANN's (default: ${DEFAULT-VALUE}).")
    ErrorFunction errorFunction;

    @Option(names = "--bit-fail-limit", paramLabel = "L", defaultValue = "0.35",
            description = "How far off an output counts as a bit fail (default: ${DEFAULT-VALUE}).")
    float bitFailLimit;

    @Option(names = "--init", paramLabel = "random|widrow", defaultValue = "random",
            description = "Initial weights: uniform in [-0.1, 0.1] (FANN's default) or Widrow-Nguyen from the"
                    + " data's input range (default: ${DEFAULT-VALUE}).")
    String init;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the initial weights, the shuffling and SARPROP's noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--shuffle", description = "Shuffle the pairs before every epoch.")
    boolean shuffle;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads for batch algorithms, 1 to " + Trainer.MAX_THREADS + "; results are deterministic"
                    + " per count (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "Where to train: the CPU engine (default), or a backend that trains whole networks on its"
                    + " device: opencl (zen-gpu; standard networks, rprop, sgd or adam).")
    String backend;

    @Option(names = "--validation", paramLabel = "DATA", description = "A FANN .data file whose MSE is reported.")
    Path validation;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--report-every", paramLabel = "EPOCHS", defaultValue = "0",
            description = "Without a terminal, a progress line every this many epochs (default: about every 2 s).")
    int reportEvery;

    @CommandLine.ParentCommand
    ZenCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        Usage.atLeastOne(cli, "--epochs", epochs);
        // checked here too, so that the message names the option
        Usage.between(cli, "--threads", threads, 1, Trainer.MAX_THREADS);
        for (int size : hidden) {
            Usage.atLeastOne(cli, "--hidden", size);
        }
        Usage.finiteAtLeastZero(cli, "--desired-error", desiredError);
        Usage.finiteAtLeastZero(cli, "--bit-fail-limit", bitFailLimit);
        Usage.atLeastZero(cli, "--report-every", reportEvery);
        FileArguments.input(data);
        if (validation != null) {
            FileArguments.input(validation);
        }
        FileArguments.output(cli, "--output", output, data, validation);
        TrainingData train = FannDataFile.read(data);
        TrainingData validationData = validation == null ? null : FannDataFile.read(validation);
        Network start = network(train);
        Progress progress = new Progress(cli.getErr(),
                quiet ? Progress.Mode.QUIET : root.terminal ? Progress.Mode.TERMINAL : Progress.Mode.PLAIN,
                epochs, reportEvery);
        TrainingAlgorithm configured;
        try {
            configured = algorithm.create(learningRate, momentum, batchSize, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        Trainer.Builder trainer = Trainer.builder()
                .algorithm(configured)
                .errorFunction(errorFunction).stopFunction(stopFunction).bitFailLimit(bitFailLimit)
                .desiredError(desiredError).maxEpochs(epochs).threads(threads).listener(progress);
        if (shuffle) {
            trainer.shuffle(seed);
        }
        TrainingResult result;
        // Created after the arguments are checked: an OpenCL context takes a moment and a device.
        try (ComputeBackend device = backend == null ? null : Backends.create(backend)) {
            if (device != null) {
                trainer.backend(device);
            }
            warnIfTargetsOutOfReach(train);
            result = trainer.build().train(start, train, validationData);
        } finally {
            progress.finish();
        }
        FannNetFile.write(new FannNet(result.network(), parameters(), java.util.Optional.empty()), output);
        PrintWriter out = cli.getOut();
        out.printf(Locale.ROOT, "trained %d epochs (%s): mse %.6g, bit fails %d; saved %s%n", result.epochs(),
                result.reason().toString().toLowerCase(Locale.ROOT).replace('_', ' '), result.mse(),
                result.bitFails(), output);
        return 0;
    }

    /**
     * A warning (training goes on) where the targets leave the output activation's range: FANN's own
     * xor.data has targets of -1, which the default sigmoid output never reaches, and trains to an
     * MSE of 1 without a word otherwise.
     */
    private void warnIfTargetsOutOfReach(TrainingData train) {
        float lowest = Float.POSITIVE_INFINITY;
        float highest = Float.NEGATIVE_INFINITY;
        java.nio.FloatBuffer targets = train.outputBuffer();
        while (targets.hasRemaining()) {
            float target = targets.get();
            lowest = Math.min(lowest, target);
            highest = Math.max(highest, target);
        }
        ActivationFunction f = outputActivation;
        if (lowest >= f.minOutput() && highest <= f.maxOutput()) {
            return;
        }
        String fits = lowest >= -1 && highest <= 1 ? "; --output-activation sigmoid_symmetric reaches them" : "";
        spec.commandLine().getErr().println("zen: warning: the targets of " + data + " range over [" + shown(lowest)
                + ", " + shown(highest) + "], but the output activation " + f.name().toLowerCase(Locale.ROOT)
                + " gives values in [" + shown(f.minOutput()) + ", " + shown(f.maxOutput()) + "] only" + fits);
    }

    /** {@code -1} rather than {@code -1.0}. */
    private static String shown(float value) {
        String text = Float.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private Network network(TrainingData train) {
        int[] layers = new int[hidden.length + 2];
        layers[0] = train.numInputs();
        System.arraycopy(hidden, 0, layers, 1, hidden.length);
        layers[layers.length - 1] = train.numOutputs();
        NetworkBuilder builder = Network.builder().layers(layers).hiddenActivation(hiddenActivation)
                .outputActivation(outputActivation).seed(seed);
        if (shortcut) {
            builder.shortcut();
        }
        switch (init) {
            case "random" -> {
                return builder.randomWeights(-0.1f, 0.1f).build();
            }
            case "widrow" -> {
                Topology topology = builder.topology();
                return Network.of(topology, WeightInit.widrowNguyen(topology, train, seed));
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--init must be random or widrow, got '" + init + "'");
        }
    }

    /** The settings saved with the network, so that libfann (or {@code zen}) would go on training alike. */
    private FannParameters parameters() {
        FannParameters d = FannParameters.defaults();
        int id = switch (algorithm) {
            case INCREMENTAL -> 0;
            case BATCH -> 1;
            case QUICKPROP -> 3;
            case SARPROP -> 4;
            // FANN has no SGD or Adam; its default stands in the file.
            default -> 2;
        };
        return new FannParameters(learningRate == null ? d.learningRate() : learningRate,
                momentum == null ? d.learningMomentum() : momentum, id, errorFunction.ordinal(),
                stopFunction.ordinal(), d.cascadeOutputChangeFraction(), d.quickpropDecay(), d.quickpropMu(),
                d.rpropIncreaseFactor(), d.rpropDecreaseFactor(), d.rpropDeltaMin(), d.rpropDeltaMax(),
                d.rpropDeltaZero(), d.cascadeOutputStagnationEpochs(), d.cascadeCandidateChangeFraction(),
                d.cascadeCandidateStagnationEpochs(), d.cascadeMaxOutEpochs(), d.cascadeMinOutEpochs(),
                d.cascadeMaxCandEpochs(), d.cascadeMinCandEpochs(), d.cascadeNumCandidateGroups(), bitFailLimit,
                d.cascadeCandidateLimit(), d.cascadeWeightMultiplier(), d.cascadeActivationFunctions(),
                d.cascadeActivationSteepnesses());
    }
}
