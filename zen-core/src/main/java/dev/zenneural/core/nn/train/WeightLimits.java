package dev.zenneural.core.nn.train;

/** libfann's bound on weights in iRPROP- and Quickprop, which keeps a runaway weight finite. */
final class WeightLimits {

    static final float MAX = 1500f;

    private WeightLimits() {
    }
}
