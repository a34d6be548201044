package dev.zenneural.core.nn.stack;

/**
 * The loss functions a {@link DenseStackRun} computes on its device, each of an output and its
 * target, weighted by the target's mask and averaged over the mask's sum (zen-ml's losses,
 * neuralforecast's {@code MAE}, {@code MSE}, {@code HuberLoss}, {@code SMAPE}, {@code MAPE} and
 * {@code QuantileLoss}/{@code MQLoss}); with {@code e = output - target}. Their parameters come
 * with the {@link StackLoss}.
 */
public enum PointLossKind {
    /** {@code |e|}, gradient {@code sign(e)} (0 at 0). */
    MAE,
    /** {@code e^2}, gradient {@code 2 e}. */
    MSE,
    /** {@code 0.5 e^2} up to {@link StackLoss#delta()}, {@code delta (|e| - delta / 2)} beyond. */
    HUBER,
    /** {@code 2 |e| / (|target| + |output|)}, 0 where both are 0. */
    SMAPE,
    /** {@code |e| / |target|}, 0 where the target is 0. */
    MAPE,
    /**
     * The pinball loss of each of {@link StackLoss#quantiles()}: one output per quantile and
     * target, averaged over the quantiles too; at {@code e = 0} the gradient is {@code 1 - q}.
     */
    QUANTILE
}
