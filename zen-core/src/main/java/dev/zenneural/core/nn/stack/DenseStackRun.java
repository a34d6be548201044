package dev.zenneural.core.nn.stack;

/**
 * One {@link DenseNet} being trained on a device (see {@link DenseStackTraining}). Arrays are
 * row-major: inputs {@code rows x in}, targets and mask {@code rows x targets} where a row has
 * {@code out / loss.outputsPerTarget()} targets ({@link StackLoss}); a call reads only their first
 * {@code rows} rows, so batches may live in larger reused arrays. Not thread-safe.
 */
public interface DenseStackRun extends AutoCloseable {

    /**
     * One Adam step: forward, the loss and its gradient, backward, the optional gradient clip and
     * the update, all on the device; the loss of the weights before the update comes back.
     *
     * @param inputs the batch's inputs
     * @param targets its targets
     * @param mask per target, how much it counts (0 or 1 for masked windows)
     * @param rows the batch's rows; 1 to {@link StackSettings#maxRows()}
     * @param learningRate this step's learning rate
     * @return the loss: the mask-weighted mean over the targets, and over the quantiles of a quantile
     *     loss (0 when the mask is all zeros)
     * @throws IllegalArgumentException if {@code rows} is out of range or an array too short
     * @throws IllegalStateException if clipping is on and the gradient is not finite
     */
    default double step(float[] inputs, float[] targets, float[] mask, int rows, float learningRate) {
        return step(inputs, targets, mask, null, rows, learningRate);
    }

    /**
     * {@link #step(float[], float[], float[], int, float)} with the loss computed on each row's
     * outputs and targets mapped by {@code maps}.
     *
     * @param maps per row, the map of outputs and targets; null for none
     * @throws IllegalArgumentException as the other {@code step}, or if a map's arrays hold fewer
     *     than {@code rows} values
     */
    double step(float[] inputs, float[] targets, float[] mask, RowMaps maps, int rows, float learningRate);

    /**
     * The loss of a batch under the current weights, without training (validation).
     *
     * @return as {@link #step}'s
     * @throws IllegalArgumentException as {@link #step}
     */
    default double loss(float[] inputs, float[] targets, float[] mask, int rows) {
        return loss(inputs, targets, mask, null, rows);
    }

    /**
     * {@link #loss(float[], float[], float[], int)} on each row mapped by {@code maps}.
     *
     * @param maps per row, the map of outputs and targets; null for none
     * @throws IllegalArgumentException as {@link #step(float[], float[], float[], RowMaps, int, float)}
     */
    double loss(float[] inputs, float[] targets, float[] mask, RowMaps maps, int rows);

    /**
     * The outputs of a batch under the current weights.
     *
     * @return {@code rows x out} values
     * @throws IllegalArgumentException if {@code rows} is out of range or {@code inputs} too short
     */
    float[] forward(float[] inputs, int rows);

    /**
     * Copies the current weights from the device.
     *
     * @return the net as {@link DenseStackTraining#start} took it, with the trained values
     */
    DenseNet trained();

    /** Frees the device memory of this run; does nothing the second time. */
    @Override
    void close();
}
