package dev.zenneural.core.nn.train;

/** Watches training epoch by epoch and may end it early (FANN's training callback). */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that never stops training. */
    TrainingListener NONE = report -> Decision.CONTINUE;

    /** Called after every epoch, on the training thread. */
    Decision onEpoch(EpochReport report);

    /** Whether to go on training. */
    enum Decision {
        CONTINUE,
        STOP
    }
}
