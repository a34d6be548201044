package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.network.Topology;
import dev.zenneural.core.nn.train.DeviceTrainingRun;
import dev.zenneural.core.nn.train.EpochError;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A FANN standard network trained on an OpenCL device, epoch by epoch, as zen-core's batched CPU
 * engine trains it: the same forward pass (steepened, clamped sums), output errors, error function,
 * backpropagation and slopes, and the same updates of iRPROP-, SGD with momentum or Adam.
 *
 * <p>What lives on the device: each layer's parameters, slopes and optimizer state, all pairs, and
 * scratch for a chunk of pairs. Per chunk the forward pass is one product plus one bias/activation
 * kernel per layer, the backward pass one product for the slopes, one column sum for the bias
 * slopes and one product plus one derivative kernel per hidden layer. The epoch's squared error and
 * bit fails are summed on the device; {@link #epoch(int[])} reads back those two numbers only.
 *
 * <p>Pairs go in chunks of at most {@code maxChunkRows} rows (full-batch algorithms add the chunks'
 * slopes, mini-batch algorithms use one chunk per batch), so that the scratch does not grow with the
 * data. A shuffled epoch sends only its order; the chunks are gathered from the pairs on the device. Results equal the CPU engine's up to float rounding: the device sums in another order and
 * its {@code exp}, {@code log} and division are not correctly rounded.
 */
public final class OpenClTrainingRun implements DeviceTrainingRun {

    /** The largest chunk when none is asked for: bounds the scratch memory, large enough for products to pay. */
    public static final int DEFAULT_CHUNK_ROWS = 8192;

    private final DeviceContext context;
    private final ClResources resources = new ClResources();
    private final Topology topology;
    private final TrainingKernels kernels;
    private final List<DeviceLayer> layers = new ArrayList<>();
    private final DeviceOptimizer optimizer;
    private final int numPairs;
    private final int numInputs;
    private final int numOutputs;
    /** Pairs per update: all of them for full-batch algorithms. */
    private final int batch;
    private final int chunkRows;
    private final int errorFunction;
    private final float bitFailLimit;
    private final DeviceBuffer inputs;
    private final DeviceBuffer targets;
    /** Where a chunk's pairs are copied or gathered, unless one chunk in file order is all of them. */
    private final DeviceBuffer chunkInputs;
    private final DeviceBuffer chunkTargets;
    /** The epoch's order of the pairs, when shuffled. */
    private final DeviceBuffer order;
    private final DeviceBuffer squared;
    private final DeviceBuffer fails;
    private final DeviceBuffer totalSquared;
    private final DeviceBuffer totalFails;
    private boolean closed;

    /**
     * Copies a network and its pairs to the device; see {@code DeviceTraining.start} for the meaning
     * of the parameters.
     *
     * @param context the device
     * @param topology the network's structure: a standard, fully connected network
     * @param weights its starting weights
     * @param pairs the training pairs; at least one
     * @param algorithm {@code Rprop}, {@code SgdMomentum} or {@code Adam}
     * @param errorFunction the error function
     * @param bitFailLimit the bit-fail limit
     * @param maxChunkRows the most pairs that go through at once; at least 1
     * @throws IllegalArgumentException if the device cannot train the network or algorithm, naming why,
     *     or the weights or pairs do not fit the network
     */
    public OpenClTrainingRun(DeviceContext context, Topology topology, float[] weights, Pairs pairs,
            TrainingAlgorithm algorithm, ErrorFunction errorFunction, float bitFailLimit, int maxChunkRows) {
        this.context = Objects.requireNonNull(context, "context");
        this.topology = topology;
        List<LayerShape> shapes = LayerShape.of(topology);
        DeviceOptimizer.check(algorithm);
        checkFits(topology, weights, pairs);
        if (maxChunkRows < 1) {
            throw new IllegalArgumentException("chunks need at least 1 row, got " + maxChunkRows);
        }
        this.numPairs = pairs.numPairs();
        this.numInputs = topology.numInputs();
        this.numOutputs = topology.numOutputs();
        this.errorFunction = switch (errorFunction) {
            case LINEAR -> TrainingKernels.ERRORFUNC_LINEAR;
            case TANH -> TrainingKernels.ERRORFUNC_TANH;
        };
        this.bitFailLimit = bitFailLimit;
        this.batch = DeviceOptimizer.batchSize(algorithm, numPairs);
        try {
            this.kernels = new TrainingKernels(context, resources);
            this.inputs = resources.add(context.upload(pairs.inputs()));
            this.targets = resources.add(context.upload(pairs.targets()));
            this.chunkRows = Math.min(maxChunkRows, batch);
            this.chunkInputs = resources.add(context.allocate(chunkRows * numInputs));
            this.chunkTargets = resources.add(context.allocate(chunkRows * numOutputs));
            this.order = resources.add(context.allocate(numPairs));
            for (LayerShape shape : shapes) {
                layers.add(new DeviceLayer(context, resources, shape, weights, chunkRows));
            }
            this.squared = resources.add(context.allocate(chunkRows * numOutputs));
            this.fails = resources.add(context.allocate(chunkRows * numOutputs));
            this.totalSquared = resources.add(context.allocate(1));
            this.totalFails = resources.add(context.allocate(1));
            this.optimizer = DeviceOptimizer.start(algorithm, context, resources, kernels, layers);
        } catch (RuntimeException e) {
            throw resources.closeAfter(e);
        }
    }

    private static void checkFits(Topology topology, float[] weights, Pairs pairs) {
        if (weights.length != topology.totalConnections()) {
            throw new IllegalArgumentException("expected " + topology.totalConnections() + " weights, got "
                    + weights.length);
        }
        if (pairs.numPairs() < 1) {
            throw new IllegalArgumentException("training needs at least one pair");
        }
        if (pairs.inputs().length != pairs.numPairs() * topology.numInputs()
                || pairs.targets().length != pairs.numPairs() * topology.numOutputs()) {
            throw new IllegalArgumentException("the pairs do not have " + topology.numInputs() + " inputs and "
                    + topology.numOutputs() + " outputs each");
        }
    }

    @Override
    public EpochError epoch(int[] shuffled) {
        checkOpen();
        if (shuffled != null) {
            checkPermutation(shuffled, numPairs);
            context.write(shuffled, order);
        }
        context.fill(totalSquared, 0f);
        context.fill(totalFails, 0f);
        for (int from = 0; from < numPairs; from += batch) {
            int to = Math.min(numPairs, from + batch);
            for (int row = from; row < to; row += chunkRows) {
                chunk(row, Math.min(chunkRows, to - row), shuffled != null, row > from);
            }
            optimizer.step(to - from);
        }
        float[] sum = new float[1];
        int[] bitFails = new int[1];
        context.read(totalSquared, sum);
        context.read(totalFails, bitFails);
        return new EpochError(sum[0] / (float) ((long) numPairs * numOutputs), bitFails[0]);
    }

    /**
     * Forward and backward over places {@code row} to {@code row + rows} of the epoch's order; slopes
     * added where {@code accumulate}.
     */
    private void chunk(int row, int rows, boolean shuffled, boolean accumulate) {
        DeviceBuffer x = chunkInputs;
        DeviceBuffer t = chunkTargets;
        if (shuffled) {
            kernels.gatherRows(rows, numInputs, order, row, inputs, chunkInputs);
            kernels.gatherRows(rows, numOutputs, order, row, targets, chunkTargets);
        } else if (rows == numPairs) {
            x = inputs;
            t = targets;
        } else {
            context.copy(inputs, row * numInputs, chunkInputs, 0, rows * numInputs);
            context.copy(targets, row * numOutputs, chunkTargets, 0, rows * numOutputs);
        }
        DeviceBuffer below = x;
        for (DeviceLayer layer : layers) {
            int sources = layer.k() - 1;
            kernels.gemm(false, true, rows, layer.count(), sources, below, sources, layer.params, layer.k(), 0f,
                    layer.sums, layer.count());
            kernels.biasActivation(rows, layer.count(), layer.sums, layer.params, layer.k(), layer.activation,
                    layer.shape.steepness(), layer.maxSum, layer.values);
            below = layer.values;
        }
        DeviceLayer output = layers.get(layers.size() - 1);
        int outputs = rows * numOutputs;
        kernels.outputErrors(outputs, output.values, output.sums, t, output.activation,
                output.shape.steepness(), output.function().symmetric(), errorFunction, bitFailLimit, output.errors,
                squared, fails);
        kernels.addLoss(outputs, squared, fails, totalSquared, totalFails);
        for (int i = layers.size() - 1; i >= 0; i--) {
            DeviceLayer layer = layers.get(i);
            DeviceBuffer sourceValues = i == 0 ? x : layers.get(i - 1).values;
            int sources = layer.k() - 1;
            float beta = accumulate ? 1f : 0f;
            kernels.gemm(true, false, layer.count(), sources, rows, layer.errors, layer.count(), sourceValues, sources,
                    beta, layer.slopes, layer.k());
            kernels.columnSums(rows, layer.count(), layer.errors, layer.slopes, sources, layer.k(), accumulate);
            if (i > 0) {
                DeviceLayer lower = layers.get(i - 1);
                kernels.gemm(false, false, rows, sources, layer.count(), layer.errors, layer.count(), layer.params,
                        layer.k(), 0f, lower.errors, lower.count());
                kernels.derivativeTimesError(rows * lower.count(), lower.values, lower.sums, lower.activation,
                        lower.shape.steepness(), lower.errors);
            }
        }
    }

    /** A wrong index would make the gather read outside the pairs on the device: checked here. */
    private static void checkPermutation(int[] order, int numPairs) {
        if (order.length != numPairs) {
            throw new IllegalArgumentException("the order has " + order.length + " entries; expected one per pair ("
                    + numPairs + ")");
        }
        boolean[] seen = new boolean[numPairs];
        for (int i = 0; i < numPairs; i++) {
            int pair = order[i];
            if (pair < 0 || pair >= numPairs || seen[pair]) {
                throw new IllegalArgumentException("the order is not a permutation of the pairs: place " + i
                        + " holds " + pair);
            }
            seen[pair] = true;
        }
    }

    @Override
    public float[] weights() {
        checkOpen();
        float[] weights = new float[topology.totalConnections()];
        for (DeviceLayer layer : layers) {
            float[] own = new float[layer.shape.weights()];
            context.read(layer.params, own);
            System.arraycopy(own, 0, weights, layer.shape.weightStart(), own.length);
        }
        return weights;
    }

    /** Frees every buffer and kernel of this run; does nothing the second time. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            resources.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this training run is closed");
        }
    }
}
