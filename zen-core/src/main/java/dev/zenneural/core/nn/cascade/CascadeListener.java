package dev.zenneural.core.nn.cascade;

import dev.zenneural.core.nn.train.TrainingListener.Decision;

/** Watches cascade training neuron by neuron and may end it early (libfann's cascade callback). */
@FunctionalInterface
public interface CascadeListener {

    /** A listener that never stops training. */
    CascadeListener NONE = report -> Decision.CONTINUE;

    /**
     * Called on the training thread after the outputs were trained, every
     * {@linkplain CascadeTrainer.Builder#neuronsBetweenReports(int) few neurons}; {@link Decision#STOP}
     * ends training after one last round of output training, as in libfann.
     */
    Decision onNeuron(CascadeReport report);
}
