package dev.zenneural.core.fann.net;

import dev.zenneural.core.nn.network.Network;
import java.util.Objects;
import java.util.Optional;

/**
 * What a FANN {@code .net} file holds: the network and the settings that travel with it.
 *
 * @param network the network
 * @param parameters the training settings of the file's header
 * @param scale the stored scaling, if the file has one
 */
public record FannNet(Network network, FannParameters parameters, Optional<ScaleParameters> scale) {

    public FannNet {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(scale, "scale");
        scale.ifPresent(s -> {
            if (s.numIn() != network.numInputs() || s.numOut() != network.numOutputs()) {
                throw new IllegalArgumentException("scaling is for " + s.numIn() + " inputs and " + s.numOut()
                        + " outputs; the network has " + network.numInputs() + " and " + network.numOutputs());
            }
        });
    }

    /** A network with libfann's default settings and no scaling. */
    public static FannNet of(Network network) {
        return new FannNet(network, FannParameters.defaults(), Optional.empty());
    }
}
