package dev.zenneural.core.nn.train;

/** Why training ended. */
public enum StopReason {
    /** The stop function found the desired error reached. */
    DESIRED_ERROR,
    /** The maximum number of epochs was trained. */
    MAX_EPOCHS,
    /** The listener asked to stop. */
    LISTENER
}
