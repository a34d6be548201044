package dev.zenneural.core.nn.train;

/**
 * Training produced a NaN or infinite error or weight; usually a learning rate too large for the
 * data. Training stops rather than return a network that computes NaN.
 */
public final class TrainingDivergedException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int epoch;

    /** Divergence noticed after epoch {@code epoch}, with what was found. */
    public TrainingDivergedException(int epoch, String detail) {
        super("training diverged at epoch " + epoch + ": " + detail
                + "; try a smaller learning rate or scale the data");
        this.epoch = epoch;
    }

    /** The epoch after which divergence was found, from 1. */
    public int epoch() {
        return epoch;
    }
}
