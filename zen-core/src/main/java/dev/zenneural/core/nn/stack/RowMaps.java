package dev.zenneural.core.nn.stack;

import java.util.Objects;

/**
 * Per row of a batch, the map {@code x * scale + shift} under which a {@link DenseStackRun}'s loss
 * compares the outputs with the targets, the gradient carried back times {@code scale}: how a
 * model library puts a normalised window back on its series' scale for a percentage loss, or
 * divides it by its own error scale (MASE), as its host trainer does. The arrays are the caller's
 * and may be longer than the batch (reused from batch to batch).
 *
 * @param scale per row, the factor; the gradient's too
 * @param shift per row, the value added after the factor
 */
public record RowMaps(float[] scale, float[] shift) {

    /** Checks that both arrays are there. */
    public RowMaps {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(shift, "shift");
    }
}
