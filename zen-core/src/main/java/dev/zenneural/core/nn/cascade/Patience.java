package dev.zenneural.core.nn.cascade;

/**
 * libfann's stagnation rule for cascade training: after any change of the watched quantity by more
 * than the change fraction (up or, a backslide, down) a new quota of epochs starts; training quits
 * when a quota runs out, but never before the minimum number of epochs.
 *
 * <p>The first target is 0 and the first backslide -1e20, so a quantity that never rises above 0
 * (an output error that only grows, a best candidate score that stays negative) starts no quota and
 * training runs to the maximum, as in libfann. libfann's output training also flips the comparisons
 * for a negative target; that cannot happen after such a start, but is kept so that both of its
 * loops are this one rule.
 */
final class Patience {

    private final float changeFraction;
    private final int stagnationEpochs;
    private final int minEpochs;
    private float target;
    private float backslide = -1.0e20f;
    private int stagnation;

    Patience(float changeFraction, int stagnationEpochs, int minEpochs, int maxEpochs) {
        this.changeFraction = changeFraction;
        this.stagnationEpochs = stagnationEpochs;
        this.minEpochs = minEpochs;
        this.stagnation = maxEpochs;
    }

    /** Whether to stop after epoch {@code epoch} (libfann's loop index) reached {@code value}. */
    boolean exhausted(int epoch, float value) {
        boolean changed = target >= 0 ? value > target || value < backslide : value < target || value > backslide;
        if (changed) {
            target = value * (1.0f + changeFraction);
            backslide = value * (1.0f - changeFraction);
            stagnation = epoch + stagnationEpochs;
        }
        return epoch >= stagnation && epoch >= minEpochs;
    }
}
