package dev.zenneural.benchmarks.revisions;

import dev.zenneural.benchmarks.fann.FannSideBySide;
import dev.zenneural.core.fann.data.FannDataFile;
import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.Trainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One training of a fixed number of epochs per {@link #run}, always from the same initial weights:
 * {@code ci/bench-fann.sh}'s zen side ({@link FannSideBySide#network}, {@link FannSideBySide#algorithm},
 * a fixed number of epochs, no early stop), on {@code zen.threads} threads (default 1). Loaded once
 * per revision by {@link RevisionsByTurns}.
 */
public final class TrainingEpochs implements Runnable {

    private final Network start;
    private final TrainingData data;
    private final Trainer trainer;

    /** {@code epochs} epochs of {@code algorithm} on the FANN data file {@code data}, hidden layers {@code hidden}. */
    public TrainingEpochs(String data, int[] hidden, String algorithm, int epochs) {
        try {
            this.data = FannDataFile.read(Path.of(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.start = network(this.data, hidden);
        this.trainer = Trainer.builder().algorithm(FannSideBySide.algorithm(algorithm)).maxEpochs(epochs)
                .desiredError(-1).threads(Integer.getInteger("zen.threads", 1)).build();
    }

    /** The network trained on {@code data} with hidden layers {@code hidden}, before training. */
    static Network network(TrainingData data, int[] hidden) {
        int[] layers = new int[hidden.length + 2];
        layers[0] = data.numInputs();
        System.arraycopy(hidden, 0, layers, 1, hidden.length);
        layers[layers.length - 1] = data.numOutputs();
        return FannSideBySide.network(layers, FannSideBySide.SEED);
    }

    @Override
    public void run() {
        trainer.train(start, data);
    }
}
