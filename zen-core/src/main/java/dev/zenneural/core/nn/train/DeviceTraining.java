package dev.zenneural.core.nn.train;

import dev.zenneural.core.nn.network.Topology;

/**
 * A compute backend that trains whole networks on its own device: the weights, the pairs and the
 * optimizer's state stay there between epochs, and only the epoch's error comes back. A
 * {@link Trainer} given such a backend ({@link Trainer.Builder#backend}) trains there; backends
 * without it (the CPU backend) leave training to the trainer's own engine.
 *
 * <p>What a device supports may be narrower than what the CPU engine trains (some topologies,
 * activation functions or algorithms); {@link #start} says so with an {@link IllegalArgumentException}
 * naming what is missing, so that an explicit request for the device never falls back silently.
 */
public interface DeviceTraining {

    /**
     * Copies a network and its training pairs to the device and prepares {@code algorithm}'s state.
     *
     * @param topology the network's structure
     * @param weights its starting weights, one per connection (copied, not kept)
     * @param pairs the training pairs, in the order every epoch visits them (copied, not kept)
     * @param algorithm how to update the weights
     * @param errorFunction what the outputs' differences are turned into before backpropagation
     * @param bitFailLimit how far off an output counts as a bit fail
     * @return the run; close it to free the device memory it holds
     * @throws IllegalArgumentException if the device cannot train this topology or algorithm
     */
    DeviceTrainingRun start(Topology topology, float[] weights, Pairs pairs, TrainingAlgorithm algorithm,
            ErrorFunction errorFunction, float bitFailLimit);
}
