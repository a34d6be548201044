package dev.zenneural.core.nn.network;

import dev.zenneural.core.fann.data.TrainingData;
import java.util.SplittableRandom;

/**
 * FANN's weight initialisations, deterministic for a seed. The random numbers are not libfann's
 * ({@code rand()} differs between C libraries anyway); the distributions are.
 */
public final class WeightInit {

    /** libfann's range for the weights of a new network ({@code fann_random_weight}). */
    public static final float DEFAULT_MIN = -0.1f;
    /** Upper end of {@link #DEFAULT_MIN}'s range. */
    public static final float DEFAULT_MAX = 0.1f;

    private WeightInit() {
    }

    /**
     * Weights uniform in {@code [min, max]}, one per connection in order ({@code fann_randomize_weights}).
     *
     * @throws IllegalArgumentException if the range is not finite with {@code min <= max}
     */
    public static float[] uniform(Topology topology, float min, float max, long seed) {
        if (!(Float.isFinite(min) && Float.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("weight range must be finite with min <= max, got [" + min + ", " + max
                    + "]");
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] weights = new float[topology.totalConnections()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = between(random, min, max);
        }
        return weights;
    }

    /**
     * Widrow–Nguyen initialisation as {@code fann_init_weights} does it for inputs spanning
     * {@code [inputMin, inputMax]}: with {@code beta = (0.7 * hidden)^(1 / inputs) / (inputMax - inputMin)},
     * where {@code hidden} is libfann's count of neurons that are neither input, output nor bias,
     * connections from the bias neuron get weights in {@code [-beta, beta]} and all others in
     * {@code [0, beta]}.
     *
     * @throws IllegalArgumentException if the input range is not finite and increasing
     */
    public static float[] widrowNguyen(Topology topology, float inputMin, float inputMax, long seed) {
        if (!(Float.isFinite(inputMin) && Float.isFinite(inputMax) && inputMin < inputMax)) {
            throw new IllegalArgumentException("Widrow-Nguyen needs a finite input range with min < max, got ["
                    + inputMin + ", " + inputMax + "]");
        }
        float scale = widrowNguyenScale(topology, inputMin, inputMax);
        SplittableRandom random = new SplittableRandom(seed);
        float[] weights = new float[topology.totalConnections()];
        int bias = topology.numInputs();
        for (int layer = 1; layer < topology.numLayers(); layer++) {
            if (topology.type() == NetworkType.LAYER) {
                bias = topology.layerStart(layer) - 1;
            }
            int end = topology.layerStart(layer) + topology.layerSize(layer);
            for (int n = topology.layerStart(layer); n < end; n++) {
                for (int c = topology.connectionStart(n); c < topology.connectionStart(n + 1); c++) {
                    weights[c] = topology.source(c) == bias ? between(random, -scale, scale) : between(random, 0, scale);
                }
            }
        }
        return weights;
    }

    /** {@link #widrowNguyen(Topology, float, float, long)} with the range of all inputs of {@code data}. */
    public static float[] widrowNguyen(Topology topology, TrainingData data, long seed) {
        if (data.numInputs() != topology.numInputs()) {
            throw new IllegalArgumentException("training data has " + data.numInputs() + " inputs; the network has "
                    + topology.numInputs());
        }
        float[] inputs = data.inputs();
        float min = inputs[0];
        float max = inputs[0];
        for (float v : inputs) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return widrowNguyen(topology, min, max, seed);
    }

    /** libfann's factor, in its mix of float and double arithmetic. */
    static float widrowNguyenScale(Topology topology, float inputMin, float inputMax) {
        long hidden = (long) topology.totalNeurons()
                - (topology.numInputs() + topology.numOutputs() + topology.numLayers());
        return (float) (Math.pow((double) 0.7f * hidden, 1.0 / topology.numInputs())
                / (double) (inputMax - inputMin));
    }

    private static float between(SplittableRandom random, float min, float max) {
        float v = (float) (min + (max - (double) min) * random.nextDouble());
        // rounding to float can land a hair outside; keep the documented closed range
        return Math.max(min, Math.min(max, v));
    }
}
