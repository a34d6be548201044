package dev.zenneural.core.nn.stack;

/**
 * The losses a {@link DenseStackRun} computes on its device: of the error {@code output - target}
 * of each output, weighted by a mask and averaged over the mask's sum (zen-ml's {@code Mae} and
 * {@code Mse}, neuralforecast's {@code MAE} and {@code MSE}).
 */
public enum PointLossKind {
    /** {@code |e|}, gradient {@code sign(e)} (0 at 0). */
    MAE,
    /** {@code e^2}, gradient {@code 2 e}. */
    MSE
}
