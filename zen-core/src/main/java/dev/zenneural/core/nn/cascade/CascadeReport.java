package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.nn.network.Network;
import java.time.Duration;

/**
 * What a {@link CascadeListener} learns after the output connections of a network with
 * {@code hiddenNeurons} cascaded neurons have been trained, as libfann's cascade callback.
 *
 * @param hiddenNeurons hidden neurons added so far by this training
 * @param mse the training MSE of the last output-training epoch
 * @param bitFails the bit fails of that epoch
 * @param outputEpochs epochs the output connections were just trained
 * @param totalEpochs output and candidate epochs trained so far, as libfann counts them
 * @param network the network as it is now (its outputs trained)
 * @param elapsed time since training started
 */
public record CascadeReport(int hiddenNeurons, float mse, int bitFails, int outputEpochs, int totalEpochs,
        Network network, Duration elapsed) {
}
