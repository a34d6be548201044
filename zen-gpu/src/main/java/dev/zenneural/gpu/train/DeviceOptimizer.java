package dev.zenneural.gpu.train;

import dev.zenneural.core.nn.train.Adam;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.SgdMomentum;
import dev.zenneural.core.nn.train.TrainingAlgorithm;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A training algorithm's update on the device: its per-weight state lives in device buffers, one
 * per layer, and each step is one kernel per layer. Full-batch algorithms step once per epoch,
 * mini-batch ones once per batch, as zen-core's.
 */
abstract class DeviceOptimizer {

    /** The algorithms the device runs. */
    static final String SUPPORTED = "Rprop, SgdMomentum, Adam";

    final TrainingKernels kernels;
    final List<DeviceLayer> layers;

    private DeviceOptimizer(TrainingKernels kernels, List<DeviceLayer> layers) {
        this.kernels = kernels;
        this.layers = layers;
    }

    /** Throws unless {@link #start} can run {@code algorithm}, before anything is allocated. */
    static void check(TrainingAlgorithm algorithm) {
        if (!(algorithm instanceof Rprop || algorithm instanceof SgdMomentum || algorithm instanceof Adam)) {
            throw new IllegalArgumentException("the device cannot train with " + algorithm + "; it runs " + SUPPORTED);
        }
    }

    /** The state of {@code algorithm} for {@code layers}, its buffers registered in {@code owner}. */
    static DeviceOptimizer start(TrainingAlgorithm algorithm, DeviceContext context, ClResources owner,
            TrainingKernels kernels, List<DeviceLayer> layers) {
        if (algorithm instanceof Rprop rprop) {
            return new DeviceRprop(rprop, context, owner, kernels, layers);
        }
        if (algorithm instanceof SgdMomentum sgd) {
            return new DeviceSgdMomentum(sgd, context, owner, kernels, layers);
        }
        if (algorithm instanceof Adam adam) {
            return new DeviceAdam(adam, context, owner, kernels, layers);
        }
        check(algorithm);
        throw new AssertionError(algorithm);
    }

    /** Pairs per update of {@code algorithm}: all {@code numPairs} for full-batch algorithms. */
    static int batchSize(TrainingAlgorithm algorithm, int numPairs) {
        if (algorithm instanceof SgdMomentum sgd) {
            return Math.min(sgd.batchSize(), numPairs);
        }
        if (algorithm instanceof Adam adam) {
            return Math.min(adam.batchSize(), numPairs);
        }
        return numPairs;
    }

    /** Moves every layer's parameters along its slopes, summed over {@code batchPairs} pairs. */
    abstract void step(int batchPairs);

    /** One buffer per layer, each of the layer's weight count, set to {@code value}. */
    static List<DeviceBuffer> perLayer(DeviceContext context, ClResources owner, List<DeviceLayer> layers,
            float value) {
        List<DeviceBuffer> buffers = new ArrayList<>(layers.size());
        for (DeviceLayer layer : layers) {
            DeviceBuffer buffer = owner.add(context.allocate(layer.shape.weights()));
            context.fill(buffer, value);
            buffers.add(buffer);
        }
        return buffers;
    }

    /** {@link Rprop} on the device. */
    private static final class DeviceRprop extends DeviceOptimizer {

        private final Rprop rprop;
        private final List<DeviceBuffer> previousSteps;
        private final List<DeviceBuffer> previousSlopes;

        DeviceRprop(Rprop rprop, DeviceContext context, ClResources owner, TrainingKernels kernels,
                List<DeviceLayer> layers) {
            super(kernels, layers);
            this.rprop = rprop;
            this.previousSteps = perLayer(context, owner, layers, rprop.deltaZero());
            this.previousSlopes = perLayer(context, owner, layers, 0f);
        }

        @Override
        void step(int batchPairs) {
            for (int i = 0; i < layers.size(); i++) {
                DeviceLayer layer = layers.get(i);
                kernels.rprop(layer.shape.weights(), layer.params, layer.slopes, previousSteps.get(i),
                        previousSlopes.get(i), rprop.increaseFactor(), rprop.decreaseFactor(), rprop.deltaMin(),
                        rprop.deltaMax());
            }
        }
    }

    /** {@link SgdMomentum} on the device. */
    private static final class DeviceSgdMomentum extends DeviceOptimizer {

        private final SgdMomentum sgd;
        private final List<DeviceBuffer> velocity;

        DeviceSgdMomentum(SgdMomentum sgd, DeviceContext context, ClResources owner, TrainingKernels kernels,
                List<DeviceLayer> layers) {
            super(kernels, layers);
            this.sgd = sgd;
            this.velocity = perLayer(context, owner, layers, 0f);
        }

        @Override
        void step(int batchPairs) {
            // As SgdMomentum: the rate per pair in float, once per step.
            float rate = sgd.learningRate() / batchPairs;
            for (int i = 0; i < layers.size(); i++) {
                DeviceLayer layer = layers.get(i);
                kernels.sgdMomentum(layer.shape.weights(), layer.params, layer.slopes, velocity.get(i),
                        sgd.momentum(), rate);
            }
        }
    }

    /** {@link Adam} on the device. */
    private static final class DeviceAdam extends DeviceOptimizer {

        private final Adam adam;
        private final List<DeviceBuffer> mean;
        private final List<DeviceBuffer> meanSquare;
        private int steps;

        DeviceAdam(Adam adam, DeviceContext context, ClResources owner, TrainingKernels kernels,
                List<DeviceLayer> layers) {
            super(kernels, layers);
            this.adam = adam;
            this.mean = perLayer(context, owner, layers, 0f);
            this.meanSquare = perLayer(context, owner, layers, 0f);
        }

        @Override
        void step(int batchPairs) {
            // Adam's bias corrections, in double as zen-core computes them.
            steps++;
            double correction1 = 1 - Math.pow(adam.beta1(), steps);
            double correction2 = 1 - Math.pow(adam.beta2(), steps);
            float rate = (float) (adam.learningRate() * Math.sqrt(correction2) / correction1);
            float eps = (float) (adam.epsilon() * Math.sqrt(correction2));
            for (int i = 0; i < layers.size(); i++) {
                DeviceLayer layer = layers.get(i);
                kernels.adam(layer.shape.weights(), layer.params, layer.slopes, mean.get(i), meanSquare.get(i),
                        adam.beta1(), adam.beta2(), batchPairs, rate, eps);
            }
        }
    }
}
