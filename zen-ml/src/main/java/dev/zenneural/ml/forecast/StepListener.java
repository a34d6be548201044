package dev.zenneural.ml.forecast;

/** Watches training step by step and may end it early; called on the training thread. */
@FunctionalInterface
public interface StepListener {

    /** A listener that never stops training. */
    StepListener NONE = report -> true;

    /** Called after every step; returns whether to go on. */
    boolean onStep(StepReport report);
}
