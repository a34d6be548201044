package dev.zenneural.core.nn.stack;

import java.util.Arrays;
import java.util.Objects;

/**
 * The loss of a {@link DenseStackRun}: a {@link PointLossKind} and its parameters. A quantile loss
 * makes {@link #outputsPerTarget()} outputs per target (one per quantile, laid out target by
 * target), so a net trained with it has that many times as many outputs as the batch has targets;
 * the other kinds one. Immutable.
 *
 * @param kind the loss function
 * @param delta {@link PointLossKind#HUBER}'s switch from squared to linear, finite and above 0; 0
 *     for the other kinds
 * @param quantiles {@link PointLossKind#QUANTILE}'s quantiles, each in (0, 1), in output order;
 *     empty for the other kinds
 */
public record StackLoss(PointLossKind kind, double delta, double[] quantiles) {

    /**
     * Checks that the parameters fit the kind.
     *
     * @throws IllegalArgumentException naming the parameter that does not
     */
    public StackLoss {
        Objects.requireNonNull(kind, "kind");
        quantiles = quantiles.clone();
        if (kind == PointLossKind.HUBER ? !(delta > 0 && Double.isFinite(delta)) : delta != 0) {
            throw new IllegalArgumentException("a " + kind + " loss takes " + (kind == PointLossKind.HUBER
                    ? "a finite delta > 0" : "no delta") + ", got " + delta);
        }
        if ((kind == PointLossKind.QUANTILE) == (quantiles.length == 0)) {
            throw new IllegalArgumentException("a " + kind + " loss takes " + (kind == PointLossKind.QUANTILE
                    ? "at least one quantile" : "no quantiles") + ", got " + Arrays.toString(quantiles));
        }
        for (double q : quantiles) {
            if (!(q > 0 && q < 1)) {
                throw new IllegalArgumentException("quantiles must be in (0, 1), got " + Arrays.toString(quantiles));
            }
        }
    }

    /**
     * A loss without parameters.
     *
     * @throws IllegalArgumentException for {@link PointLossKind#HUBER} and
     *     {@link PointLossKind#QUANTILE}, which take parameters
     */
    public static StackLoss of(PointLossKind kind) {
        return new StackLoss(kind, 0, new double[0]);
    }

    /** The Huber loss switching at {@code delta}. */
    public static StackLoss huber(double delta) {
        return new StackLoss(PointLossKind.HUBER, delta, new double[0]);
    }

    /** The pinball loss averaged over {@code quantiles}, one output each per target. */
    public static StackLoss quantiles(double... quantiles) {
        return new StackLoss(PointLossKind.QUANTILE, 0, quantiles);
    }

    /** A copy of the quantiles. */
    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }

    /** The net's outputs per target: the number of quantiles, or 1. */
    public int outputsPerTarget() {
        return kind == PointLossKind.QUANTILE ? quantiles.length : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackLoss l && kind == l.kind && Double.compare(delta, l.delta) == 0
                && Arrays.equals(quantiles, l.quantiles);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Double.hashCode(delta)) * 31 + Arrays.hashCode(quantiles);
    }

    @Override
    public String toString() {
        return kind + (kind == PointLossKind.HUBER ? "(" + delta + ")" : "")
                + (kind == PointLossKind.QUANTILE ? Arrays.toString(quantiles) : "");
    }
}
