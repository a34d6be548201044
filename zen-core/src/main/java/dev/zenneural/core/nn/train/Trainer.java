package dev.zenneural.core.nn.train;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.Topology;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Trains networks epoch by epoch, as libfann's {@code fann_train_on_data}: an immutable
 * configuration (see {@link #builder()}), safe to share; every {@link #train} call works on its own
 * copy of the weights and returns a new {@link Network}, leaving the given one untouched.
 *
 * <p>Deterministic: the same network, data and configuration give bit-identical weights. With
 * {@linkplain Builder#shuffle(long) shuffling} the pairs are put in a new order before every epoch,
 * drawn from a {@link Random} seeded once per call (libfann's own shuffle depends on C's
 * {@code rand}, so its orders cannot be reproduced).
 *
 * <p>With a {@linkplain Builder#backend(ComputeBackend) backend} that {@linkplain DeviceTraining trains
 * on its device}, the epochs run there and only each epoch's error comes back; the results equal the
 * CPU engine's up to float rounding (the device sums in another order), not bit for bit.
 */
public final class Trainer {

    /**
     * The most {@linkplain Builder#threads(int) threads} a trainer takes: far more than the cores of any
     * machine this runs on, and few enough to start. Beyond the cores, more threads only cost their start
     * (100,000 ran out of native threads after 100 s).
     */
    public static final int MAX_THREADS = 1024;

    private final TrainingAlgorithm algorithm;
    private final ErrorFunction errorFunction;
    private final StopFunction stopFunction;
    private final float bitFailLimit;
    private final float desiredError;
    private final int maxEpochs;
    private final Long shuffleSeed;
    private final TrainingListener listener;
    private final int threads;
    private final boolean exactFannOrder;
    private final ComputeBackend backend;

    private Trainer(Builder b) {
        this.algorithm = b.algorithm;
        this.errorFunction = b.errorFunction;
        this.stopFunction = b.stopFunction;
        this.bitFailLimit = b.bitFailLimit;
        this.desiredError = b.desiredError;
        this.maxEpochs = b.maxEpochs;
        this.shuffleSeed = b.shuffleSeed;
        this.listener = b.listener;
        this.threads = b.threads;
        this.exactFannOrder = b.exactFannOrder;
        this.backend = b.backend;
    }

    /** A builder with FANN's defaults: iRPROP-, tanh error, MSE stop, bit-fail limit 0.35. */
    public static Builder builder() {
        return new Builder();
    }

    /** Trains {@code network} on {@code data}. */
    public TrainingResult train(Network network, TrainingData data) {
        return train(network, data, null);
    }

    /**
     * Trains {@code network} on {@code data}, reporting the MSE of {@code validation} (may be null)
     * after every epoch.
     *
     * @throws IllegalArgumentException if the data do not fit the network, or a neuron's activation
     *     function cannot be trained
     * @throws TrainingDivergedException if an error or weight becomes NaN or infinite
     */
    public TrainingResult train(Network network, TrainingData data, TrainingData validation) {
        Topology topology = network.topology();
        checkFits(network, data, "training data");
        if (validation != null) {
            checkFits(network, validation, "validation data");
        }
        checkTrainable(topology);
        if (backend instanceof DeviceTraining device) {
            return trainOnDevice(device, network, data, validation);
        }
        long start = System.nanoTime();
        float[] weights = network.weights();
        ErrorAccumulator trainError = new ErrorAccumulator(bitFailLimit);
        Backprop backprop = new Backprop(topology, errorFunction, trainError);
        Backprop validator = validation == null ? null
                : new Backprop(topology, errorFunction, new ErrorAccumulator(bitFailLimit));
        Pairs validationPairs = validation == null ? null : Pairs.of(validation);
        Optimizer optimizer = algorithm.start(weights.length);
        Random random = shuffleSeed == null ? null : new Random(shuffleSeed);
        Pairs pairs = Pairs.of(data);
        TrainingData order = data;
        try (SlopeEngine engine = new SlopeEngine(topology, errorFunction, bitFailLimit,
                exactFannOrder ? 1 : threads, exactFannOrder)) {
            for (int epoch = 1; ; epoch++) {
                if (random != null) {
                    order = order.shuffle(random);
                    pairs = Pairs.of(order);
                }
                trainError.reset();
                optimizer.epoch(new EpochData(epoch, pairs, engine, backprop), weights);
                TrainingResult result = afterEpoch(epoch, start, network, weights, trainError, validator,
                        validationPairs);
                if (result != null) {
                    return result;
                }
            }
        }
    }

    /** Checks, reports and decides after an epoch: the result if training stops, else null. */
    private TrainingResult afterEpoch(int epoch, long start, Network network, float[] weights,
            ErrorAccumulator trainError, Backprop validator, Pairs validationPairs) {
        float mse = trainError.mse();
        checkFinite(epoch, mse, weights);
        OptionalDouble validationMse = validator == null ? OptionalDouble.empty()
                : OptionalDouble.of(test(validator, validationPairs, weights));
        StopReason reason = decide(epoch, start, mse, trainError.bitFails(), validationMse);
        return reason == null ? null
                : new TrainingResult(network.withWeights(weights), epoch, mse, trainError.bitFails(), reason);
    }

    /** Reports an epoch to the listener and says why training stops, or null to go on. */
    private StopReason decide(int epoch, long start, float mse, int bitFails, OptionalDouble validationMse) {
        boolean reached = stopFunction.reached(mse, bitFails, desiredError);
        EpochReport report = new EpochReport(epoch, mse, bitFails, validationMse,
                java.time.Duration.ofNanos(System.nanoTime() - start));
        return listener.onEpoch(report) == TrainingListener.Decision.STOP ? StopReason.LISTENER
                : reached ? StopReason.DESIRED_ERROR
                : epoch >= maxEpochs ? StopReason.MAX_EPOCHS : null;
    }

    /**
     * The epochs on a device: per epoch only the error comes back; the weights only at the end, or
     * after every epoch where validation data need them on the host.
     */
    private TrainingResult trainOnDevice(DeviceTraining device, Network network, TrainingData data,
            TrainingData validation) {
        if (exactFannOrder) {
            throw new IllegalArgumentException("exactFannOrder is a CPU engine setting; backend '" + backend.name()
                    + "' trains on its device, in its own order");
        }
        Topology topology = network.topology();
        long start = System.nanoTime();
        Backprop validator = validation == null ? null
                : new Backprop(topology, errorFunction, new ErrorAccumulator(bitFailLimit));
        Pairs validationPairs = validation == null ? null : Pairs.of(validation);
        Random random = shuffleSeed == null ? null : new Random(shuffleSeed);
        // As the CPU path reshuffles the previous epoch's order: place i holds original pair order[i].
        int[] order = null;
        try (DeviceTrainingRun run = device.start(topology, network.weights(), Pairs.of(data), algorithm,
                errorFunction, bitFailLimit)) {
            for (int epoch = 1; ; epoch++) {
                if (random != null) {
                    int[] step = TrainingData.shuffledOrder(data.numPairs(), random);
                    int[] previous = order;
                    order = new int[step.length];
                    for (int i = 0; i < step.length; i++) {
                        order[i] = previous == null ? step[i] : previous[step[i]];
                    }
                }
                EpochError error = run.epoch(order);
                if (!Float.isFinite(error.mse())) {
                    throw new TrainingDivergedException(epoch, "the training MSE is " + error.mse());
                }
                OptionalDouble validationMse = validator == null ? OptionalDouble.empty()
                        : OptionalDouble.of(test(validator, validationPairs, run.weights()));
                StopReason reason = decide(epoch, start, error.mse(), error.bitFails(), validationMse);
                if (reason != null) {
                    float[] weights = run.weights();
                    checkFinite(epoch, error.mse(), weights);
                    return new TrainingResult(network.withWeights(weights), epoch, error.mse(), error.bitFails(),
                            reason);
                }
            }
        }
    }

    private static float test(Backprop validator, Pairs pairs, float[] weights) {
        validator.accumulator().reset();
        for (int pair = 0; pair < pairs.numPairs(); pair++) {
            validator.test(weights, pairs.inputs(), pairs.targets(), pair);
        }
        return validator.accumulator().mse();
    }

    private static void checkFits(Network network, TrainingData data, String what) {
        Objects.requireNonNull(data, what);
        network.checkFits(what, data.numInputs(), data.numOutputs());
    }

    private static void checkTrainable(Topology topology) {
        for (int n = topology.layerStart(1); n < topology.totalNeurons(); n++) {
            if (topology.connectionCount(n) > 0 && !topology.activation(n).trainable()) {
                throw new IllegalArgumentException("neuron " + n + " (layer " + topology.layerOf(n) + ") uses "
                        + topology.activation(n) + ", which has no derivative and cannot be trained");
            }
        }
    }

    private static void checkFinite(int epoch, float mse, float[] weights) {
        if (!Float.isFinite(mse)) {
            throw new TrainingDivergedException(epoch, "the training MSE is " + mse);
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Float.isFinite(weights[i])) {
                throw new TrainingDivergedException(epoch, "weight " + i + " is " + weights[i]);
            }
        }
    }

    /** Collects a {@link Trainer}'s configuration; every setting has FANN's default. */
    public static final class Builder {

        private TrainingAlgorithm algorithm = Rprop.defaults();
        private ErrorFunction errorFunction = ErrorFunction.TANH;
        private StopFunction stopFunction = StopFunction.MSE;
        private float bitFailLimit = 0.35f;
        private float desiredError;
        private int maxEpochs = 1000;
        private Long shuffleSeed;
        private TrainingListener listener = TrainingListener.NONE;
        private int threads = 1;
        private boolean exactFannOrder;
        private ComputeBackend backend;

        private Builder() {
        }

        /** The training algorithm; default {@link Rprop#defaults()}. */
        public Builder algorithm(TrainingAlgorithm value) {
            this.algorithm = Objects.requireNonNull(value, "algorithm");
            return this;
        }

        /** The error function; default {@link ErrorFunction#TANH}, as libfann. */
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
            Checks.atLeastZero("bit-fail limit", value);
            this.bitFailLimit = value;
            return this;
        }

        /**
         * Training stops once the stop function reaches this; default 0. A negative value never
         * stops training early, not even at an MSE of exactly 0.
         */
        public Builder desiredError(float value) {
            if (Float.isNaN(value)) {
                throw new IllegalArgumentException("desired error must be a number, got NaN");
            }
            this.desiredError = value;
            return this;
        }

        /** The most epochs to train; default 1000. */
        public Builder maxEpochs(int value) {
            this.maxEpochs = Checks.atLeast("max epochs", value, 1);
            return this;
        }

        /** Shuffles the pairs before every epoch, from {@code seed}; default: no shuffling. */
        public Builder shuffle(long seed) {
            this.shuffleSeed = seed;
            return this;
        }

        /** Called after every epoch; default: none. */
        public Builder listener(TrainingListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * How many threads compute the slopes of full-batch and mini-batch algorithms; default 1.
         * Training is deterministic for a given thread count: the pairs are cut into contiguous
         * blocks (how many depends on the pairs, the count and the network's size), the threads
         * take blocks as they finish others, and the blocks' sums are added in block order, so which
         * thread took which block does not matter, but another count can change the last bits of
         * the weights. Per-pair algorithms ({@link IncrementalBackprop}) use one thread. The
         * {@code value - 1} helper threads start when an epoch first has pairs enough to share
         * (never for per-pair algorithms, nor for batches of under 128 pairs) and live until that
         * {@code train} call returns; between epochs they spin for up to 200 µs before they sleep, so
         * that the next epoch starts them at once.
         *
         * @throws IllegalArgumentException if {@code value} is not 1 to {@link Trainer#MAX_THREADS}
         */
        public Builder threads(int value) {
            this.threads = Checks.between("threads", value, 1, MAX_THREADS);
            return this;
        }

        /**
         * Whether full-batch and mini-batch algorithms compute their slopes pair by pair in libfann's
         * exact order of operations (default false: as matrix products over chunks of pairs, several
         * times faster). The products sum the same terms in another order, so results differ from
         * libfann's in the last bits, and algorithms that amplify small differences (Quickprop) drift
         * apart from libfann over tens of epochs; set this to reproduce libfann's runs closely. The
         * exact order is one pass over the pairs, so it uses one thread whatever {@link #threads} says.
         */
        public Builder exactFannOrder(boolean value) {
            this.exactFannOrder = value;
            return this;
        }

        /**
         * Where to train; default: the CPU engine of this package. A backend that implements
         * {@link DeviceTraining} (the OpenCL backend of zen-gpu) trains whole networks on its
         * device: the weights and pairs are copied there once, and per epoch only its error comes
         * back (and, with {@link #shuffle}, its order goes there: the same orders as on the CPU).
         * It does not follow {@link #exactFannOrder}, and may support fewer topologies and
         * algorithms than the CPU engine; {@link Trainer#train} then fails with an {@link
         * IllegalArgumentException} that says what is missing, rather than fall back. Any other
         * backend (the CPU backend) leaves training to the CPU engine. The trainer does not close
         * the backend.
         */
        public Builder backend(ComputeBackend value) {
            this.backend = Objects.requireNonNull(value, "backend");
            return this;
        }

        public Trainer build() {
            return new Trainer(this);
        }
    }
}
