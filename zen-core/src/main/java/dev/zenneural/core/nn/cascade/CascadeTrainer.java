package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.concurrent.Pools;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Checks;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.Trainer;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.core.nn.train.TrainingListener.Decision;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;

/**
 * Cascade-correlation training as libfann 2.2's {@code fann_cascadetrain_on_data} (FANN's
 * "cascade2"): an immutable configuration (see {@link #builder()}), safe to share.
 *
 * <p>Starting from a fully connected shortcut network, usually one without hidden layers
 * ({@code Network.builder().layers(in, out).shortcut()}), every round trains the output connections
 * until their error stagnates, then trains a pool of candidate neurons (every activation function
 * times every steepness times every group) on the remaining error and installs the best one as a new
 * hidden layer of one neuron: it reads all earlier neurons and feeds every output. Rounds go on
 * until the desired error or the maximum number of neurons; the outputs are trained once more at the
 * end. The result is an ordinary shortcut {@link Network}.
 *
 * <p>Deterministic: the same network, data and configuration (seed included) give bit-identical
 * weights. Candidates start from random weights drawn from the seed; libfann draws them from C's
 * {@code rand}, so its runs cannot be reproduced, only matched in quality.
 */
public final class CascadeTrainer {

    private final TrainingAlgorithm algorithm;
    private final ErrorFunction errorFunction;
    private final StopFunction stopFunction;
    private final float bitFailLimit;
    private final float desiredError;
    private final int maxNeurons;
    private final int neuronsBetweenReports;
    private final float outputChangeFraction;
    private final int outputStagnationEpochs;
    private final float candidateChangeFraction;
    private final int candidateStagnationEpochs;
    private final float candidateLimit;
    private final float weightMultiplier;
    private final int maxOutEpochs;
    private final int minOutEpochs;
    private final int maxCandEpochs;
    private final int minCandEpochs;
    private final List<ActivationFunction> activationFunctions;
    private final float[] steepnesses;
    private final int candidateGroups;
    private final long seed;
    private final int threads;
    private final CascadeListener listener;

    private CascadeTrainer(Builder b) {
        this.algorithm = b.algorithm;
        this.errorFunction = b.errorFunction;
        this.stopFunction = b.stopFunction;
        this.bitFailLimit = b.bitFailLimit;
        this.desiredError = b.desiredError;
        this.maxNeurons = b.maxNeurons;
        this.neuronsBetweenReports = b.neuronsBetweenReports;
        this.outputChangeFraction = b.outputChangeFraction;
        this.outputStagnationEpochs = b.outputStagnationEpochs;
        this.candidateChangeFraction = b.candidateChangeFraction;
        this.candidateStagnationEpochs = b.candidateStagnationEpochs;
        this.candidateLimit = b.candidateLimit;
        this.weightMultiplier = b.weightMultiplier;
        this.maxOutEpochs = b.maxOutEpochs;
        this.minOutEpochs = b.minOutEpochs;
        this.maxCandEpochs = b.maxCandEpochs;
        this.minCandEpochs = b.minCandEpochs;
        this.activationFunctions = b.activationFunctions;
        this.steepnesses = b.steepnesses.clone();
        this.candidateGroups = b.candidateGroups;
        this.seed = b.seed;
        this.threads = b.threads;
        this.listener = b.listener;
    }

    /** A builder with libfann's cascade defaults; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Grows {@code start} on {@code data}.
     *
     * @throws IllegalArgumentException if {@code start} is not a fully connected shortcut network,
     *     its outputs cannot be trained, or the data do not fit it
     * @throws dev.zenneural.core.nn.train.TrainingDivergedException if an error or weight becomes NaN
     *     or infinite
     */
    public CascadeResult train(Network start, TrainingData data) {
        Objects.requireNonNull(start, "start network");
        Objects.requireNonNull(data, "training data");
        start.checkFits("training data", data.numInputs(), data.numOutputs());
        GrowingNetwork network = GrowingNetwork.of(start);
        ExecutorService helpers = threads == 1 ? null : Pools.daemons("zen-cascade", threads - 1);
        try {
            return grow(network, data, helpers);
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
    }

    private CascadeResult grow(GrowingNetwork start, TrainingData data, ExecutorService helpers) {
        GrowingNetwork network = start;
        long started = System.nanoTime();
        Pairs pairs = Pairs.of(data);
        SplittableRandom random = new SplittableRandom(seed);
        int totalEpochs = 0;
        int added = 0;
        CascadeStopReason reason = CascadeStopReason.MAX_NEURONS;
        for (int round = 1; round <= maxNeurons; round++) {
            float[] sourceValues = network.sourceValues(pairs);
            OutputTraining outputs = new OutputTraining(this, network, sourceValues, data);
            OutputTraining.Outcome trained = outputs.train(network.outputWeights(), desiredError);
            network = network.withOutputWeights(trained.weights());
            totalEpochs += trained.epochs();
            boolean reached = stopFunction.reached(trained.mse(), trained.bitFails(), desiredError);
            if (reportDue(round, reached)) {
                CascadeReport report = new CascadeReport(added, trained.mse(), trained.bitFails(), trained.epochs(),
                        totalEpochs, network.network(), Duration.ofNanos(System.nanoTime() - started));
                if (listener.onNeuron(report) == Decision.STOP) {
                    reason = CascadeStopReason.LISTENER;
                    break;
                }
            }
            if (reached) {
                reason = CascadeStopReason.DESIRED_ERROR;
                break;
            }
            float[] residuals = outputs.residuals(trained.weights());
            CandidatePool pool = new CandidatePool(this, data.numInputs(), network.numSources(), data.numOutputs(),
                    random, helpers, threads);
            totalEpochs += pool.train(this, sourceValues, residuals, pairs.numPairs(), sumOfSquares(residuals),
                    totalEpochs);
            network = network.install(pool.bestActivation(), pool.bestSteepness(), pool.bestInputWeights(),
                    pool.bestOutputWeights(weightMultiplier));
            added++;
        }
        // libfann trains the outputs once more without a desired error, also after an early stop
        OutputTraining last = new OutputTraining(this, network, network.sourceValues(pairs), data);
        OutputTraining.Outcome trained = last.train(network.outputWeights(), 0f);
        network = network.withOutputWeights(trained.weights());
        totalEpochs += trained.epochs();
        return new CascadeResult(network.network(), added, trained.mse(), trained.bitFails(), totalEpochs, reason);
    }

    /* libfann reports the first and last rounds, every n-th, and the one that reaches the goal. */
    private boolean reportDue(int round, boolean reached) {
        return neuronsBetweenReports > 0
                && (round % neuronsBetweenReports == 0 || round == maxNeurons || round == 1 || reached);
    }

    /*
     * libfann starts the scores from the SSE of the last output epoch, taken before that epoch's
     * update; the SSE of the residuals the candidates actually see is the same up to that update, and
     * makes a score exactly the error a candidate would take away.
     */
    private static float sumOfSquares(float[] residuals) {
        float sum = 0;
        for (float r : residuals) {
            sum += r * r;
        }
        return sum;
    }

    /** The algorithm that trains outputs and candidates. */
    public TrainingAlgorithm algorithm() {
        return algorithm;
    }

    public ErrorFunction errorFunction() {
        return errorFunction;
    }

    public StopFunction stopFunction() {
        return stopFunction;
    }

    public float bitFailLimit() {
        return bitFailLimit;
    }

    public float desiredError() {
        return desiredError;
    }

    public int maxNeurons() {
        return maxNeurons;
    }

    public int neuronsBetweenReports() {
        return neuronsBetweenReports;
    }

    public float outputChangeFraction() {
        return outputChangeFraction;
    }

    public int outputStagnationEpochs() {
        return outputStagnationEpochs;
    }

    public float candidateChangeFraction() {
        return candidateChangeFraction;
    }

    public int candidateStagnationEpochs() {
        return candidateStagnationEpochs;
    }

    public float candidateLimit() {
        return candidateLimit;
    }

    public float weightMultiplier() {
        return weightMultiplier;
    }

    public int maxOutEpochs() {
        return maxOutEpochs;
    }

    public int minOutEpochs() {
        return minOutEpochs;
    }

    public int maxCandEpochs() {
        return maxCandEpochs;
    }

    public int minCandEpochs() {
        return minCandEpochs;
    }

    /** The candidates' activation functions, in libfann's candidate order. */
    public List<ActivationFunction> activationFunctions() {
        return activationFunctions;
    }

    /** The candidates' steepnesses (a copy). */
    public float[] steepnesses() {
        return steepnesses.clone();
    }

    public int candidateGroups() {
        return candidateGroups;
    }

    /** Candidates per round: activation functions times steepnesses times groups. */
    public int numCandidates() {
        return activationFunctions.size() * steepnesses.length * candidateGroups;
    }

    public long seed() {
        return seed;
    }

    /** Threads that train outputs and candidates. */
    public int threads() {
        return threads;
    }

    /** Collects a {@link CascadeTrainer}'s configuration; every setting has libfann's default. */
    public static final class Builder {

        private TrainingAlgorithm algorithm = Rprop.defaults();
        private ErrorFunction errorFunction = ErrorFunction.TANH;
        private StopFunction stopFunction = StopFunction.MSE;
        private float bitFailLimit = 0.35f;
        private float desiredError;
        private int maxNeurons = 30;
        private int neuronsBetweenReports = 1;
        private float outputChangeFraction = 0.01f;
        private int outputStagnationEpochs = 12;
        private float candidateChangeFraction = 0.01f;
        private int candidateStagnationEpochs = 12;
        private float candidateLimit = 1000f;
        private float weightMultiplier = 0.4f;
        private int maxOutEpochs = 150;
        private int minOutEpochs = 50;
        private int maxCandEpochs = 150;
        private int minCandEpochs = 50;
        private List<ActivationFunction> activationFunctions = List.of(ActivationFunction.SIGMOID,
                ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.GAUSSIAN, ActivationFunction.GAUSSIAN_SYMMETRIC,
                ActivationFunction.ELLIOT, ActivationFunction.ELLIOT_SYMMETRIC, ActivationFunction.SIN_SYMMETRIC,
                ActivationFunction.COS_SYMMETRIC, ActivationFunction.SIN, ActivationFunction.COS);
        private float[] steepnesses = {0.25f, 0.5f, 0.75f, 1.0f};
        private int candidateGroups = 2;
        private long seed;
        private int threads = 1;
        private CascadeListener listener = CascadeListener.NONE;

        private Builder() {
        }

        /**
         * The algorithm for outputs and candidates: {@link Rprop} (default, {@link Rprop#defaults()})
         * or {@link Quickprop}, the ones libfann's cascade training can use.
         *
         * @throws IllegalArgumentException for any other algorithm
         */
        public Builder algorithm(TrainingAlgorithm value) {
            Objects.requireNonNull(value, "algorithm");
            if (!(value instanceof Rprop || value instanceof Quickprop)) {
                throw SlopeStep.unsupported(value);
            }
            this.algorithm = value;
            return this;
        }

        /** The error function of output training; default {@link ErrorFunction#TANH}, as libfann. */
        public Builder errorFunction(ErrorFunction value) {
            this.errorFunction = Objects.requireNonNull(value, "errorFunction");
            return this;
        }

        /** What {@link #desiredError(float)} is compared with; default {@link StopFunction#MSE}. */
        public Builder stopFunction(StopFunction value) {
            this.stopFunction = Objects.requireNonNull(value, "stopFunction");
            return this;
        }

        /** How far off an output must be to count as a bit fail; default 0.35. */
        public Builder bitFailLimit(float value) {
            this.bitFailLimit = Checks.atLeastZero("bit-fail limit", value);
            return this;
        }

        /** Training stops adding neurons once the stop function reaches this; default 0. */
        public Builder desiredError(float value) {
            if (Float.isNaN(value)) {
                throw new IllegalArgumentException("desired error must be a number, got NaN");
            }
            this.desiredError = value;
            return this;
        }

        /** The most hidden neurons to add; default 30. */
        public Builder maxNeurons(int value) {
            this.maxNeurons = Checks.atLeast("max neurons", value, 0);
            return this;
        }

        /** Report to the listener every this many neurons (0: never); default 1. */
        public Builder neuronsBetweenReports(int value) {
            this.neuronsBetweenReports = Checks.atLeast("neurons between reports", value, 0);
            return this;
        }

        /** The relative MSE change that counts as progress in output training; default 0.01. */
        public Builder outputChangeFraction(float value) {
            this.outputChangeFraction = Checks.atLeastZero("output change fraction", value);
            return this;
        }

        /** Output epochs without progress before output training stops; default 12. */
        public Builder outputStagnationEpochs(int value) {
            this.outputStagnationEpochs = Checks.atLeast("output stagnation epochs", value, 1);
            return this;
        }

        /** The relative score change that counts as progress in candidate training; default 0.01. */
        public Builder candidateChangeFraction(float value) {
            this.candidateChangeFraction = Checks.atLeastZero("candidate change fraction", value);
            return this;
        }

        /** Candidate epochs without progress before candidate training stops; default 12. */
        public Builder candidateStagnationEpochs(int value) {
            this.candidateStagnationEpochs = Checks.atLeast("candidate stagnation epochs", value, 1);
            return this;
        }

        /** Candidate training stops once the best score exceeds this times the SSE; default 1000. */
        public Builder candidateLimit(float value) {
            this.candidateLimit = Checks.positive("candidate limit", value);
            return this;
        }

        /** Scales the chosen candidate's output weights when it is installed; default 0.4. */
        public Builder weightMultiplier(float value) {
            this.weightMultiplier = Checks.positive("weight multiplier", value);
            return this;
        }

        /** The most epochs of one output training; default 150. */
        public Builder maxOutEpochs(int value) {
            this.maxOutEpochs = Checks.atLeast("max output epochs", value, 1);
            return this;
        }

        /** The fewest epochs of one output training before it may stop on stagnation; default 50. */
        public Builder minOutEpochs(int value) {
            this.minOutEpochs = Checks.atLeast("min output epochs", value, 0);
            return this;
        }

        /** The most epochs of one candidate training; default 150. */
        public Builder maxCandEpochs(int value) {
            this.maxCandEpochs = Checks.atLeast("max candidate epochs", value, 1);
            return this;
        }

        /** The fewest epochs of one candidate training before it may stop on stagnation; default 50. */
        public Builder minCandEpochs(int value) {
            this.minCandEpochs = Checks.atLeast("min candidate epochs", value, 0);
            return this;
        }

        /**
         * The candidates' activation functions; default libfann's SIGMOID, SIGMOID_SYMMETRIC, GAUSSIAN,
         * GAUSSIAN_SYMMETRIC, ELLIOT, ELLIOT_SYMMETRIC, SIN_SYMMETRIC, COS_SYMMETRIC, SIN, COS.
         *
         * @throws IllegalArgumentException if the list is empty or a function cannot be trained
         */
        public Builder activationFunctions(ActivationFunction... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("cascade training needs at least one candidate activation function");
            }
            for (ActivationFunction f : values) {
                Objects.requireNonNull(f, "activation function");
                if (!f.trainable()) {
                    throw new IllegalArgumentException(f + " has no derivative, so candidates cannot use it");
                }
            }
            this.activationFunctions = List.of(values);
            return this;
        }

        /**
         * The candidates' steepnesses; default 0.25, 0.5, 0.75, 1.
         *
         * @throws IllegalArgumentException if there is none or one is not a finite number &gt; 0
         */
        public Builder steepnesses(float... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("cascade training needs at least one candidate steepness");
            }
            for (float s : values) {
                Checks.positive("candidate steepness", s);
            }
            this.steepnesses = values.clone();
            return this;
        }

        /** Candidates per activation function and steepness; default 2. */
        public Builder candidateGroups(int value) {
            this.candidateGroups = Checks.atLeast("candidate groups", value, 1);
            return this;
        }

        /** The seed of the candidates' initial weights; default 0. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Threads that train the candidates (each thread a contiguous run of them) and compute the
         * output training's slopes; default 1. Results are deterministic for a given thread count.
         * The candidates' results do not depend on it at all; the outputs' may differ in the last bits
         * once there are enough pairs to share (see nn.train's {@code Trainer.Builder#threads}).
         *
         * @throws IllegalArgumentException if {@code value} is not 1 to {@link Trainer#MAX_THREADS}
         */
        public Builder threads(int value) {
            // the output training's Trainer takes as many: refused here, not once training has started
            this.threads = Checks.between("threads", value, 1, Trainer.MAX_THREADS);
            return this;
        }

        /** Called after each round's output training; default: none. */
        public Builder listener(CascadeListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException if a minimum number of epochs is above its maximum
         */
        public CascadeTrainer build() {
            if (minOutEpochs > maxOutEpochs) {
                throw new IllegalArgumentException("min output epochs " + minOutEpochs + " is above max output epochs "
                        + maxOutEpochs);
            }
            if (minCandEpochs > maxCandEpochs) {
                throw new IllegalArgumentException("min candidate epochs " + minCandEpochs
                        + " is above max candidate epochs " + maxCandEpochs);
            }
            return new CascadeTrainer(this);
        }
    }
}
