package dev.zenneural.tools.bench;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.nn.train.Trainer;

/**
 * Full training epochs: every call is one {@link Trainer#train} run of {@value #EPOCHS_PER_CALL}
 * iRPROP- epochs from the same initial weights over all pairs, slopes from the batched engine
 * (matrix products over chunks of pairs). The unit is a connection update, one weight's slope
 * contribution from one pair: connections x pairs x epochs.
 */
final class TrainingEpochs implements Workload {

    /**
     * Epochs per call: a {@code train} call's set-up (RPROP's state, the slope threads) is shared
     * out over these, as it is in any real run of more than a few epochs.
     */
    static final int EPOCHS_PER_CALL = 5;

    private final Network start;
    private final TrainingData pairs;
    private final Trainer trainer;
    private final long updatesPerCall;
    private double sink;

    TrainingEpochs(Network start, TrainingData pairs, int threads) {
        this.start = start;
        this.pairs = pairs;
        // A negative desired error never stops early: every call trains all its epochs.
        this.trainer = Trainer.builder().algorithm(Rprop.defaults()).maxEpochs(EPOCHS_PER_CALL).desiredError(-1)
                .threads(threads).build();
        this.updatesPerCall = (long) start.topology().totalConnections() * pairs.numPairs() * EPOCHS_PER_CALL;
    }

    @Override
    public long call() {
        sink += trainer.train(start, pairs).mse();
        return updatesPerCall;
    }

    @Override
    public double checksum() {
        return sink;
    }
}
