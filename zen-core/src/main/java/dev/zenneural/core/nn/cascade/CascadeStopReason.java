package dev.zenneural.core.nn.cascade;

/** Why cascade training stopped adding neurons. */
public enum CascadeStopReason {
    /** The stop function found the desired error reached. */
    DESIRED_ERROR,
    /** The maximum number of hidden neurons was added. */
    MAX_NEURONS,
    /** The listener asked to stop. */
    LISTENER
}
