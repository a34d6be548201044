package dev.zenneural.core.nn.stack;

import java.util.Objects;

/**
 * How a {@link DenseStackRun} trains: its loss and Adam's constants (PyTorch's {@code Adam} without
 * weight decay; the learning rate comes with each step, so that a schedule can change it), an
 * optional clip of the gradients' joint L2 norm ({@code clip_grad_norm_}) and the most rows a call
 * may pass, which sizes the device's scratch.
 *
 * @param loss the loss; a quantile loss's net makes one output per quantile and target
 * @param beta1 decay of the gradient's running mean, in [0, 1)
 * @param beta2 decay of the squared gradient's running mean, in [0, 1)
 * @param epsilon added to the root of the second moment; above 0
 * @param maxGradNorm the largest joint gradient norm, above which all gradients are scaled down; 0
 *     for none
 * @param maxRows the most rows of one step or evaluation; at least 1
 */
public record StackSettings(StackLoss loss, float beta1, float beta2, float epsilon, double maxGradNorm,
        int maxRows) {

    /** Validates the settings. */
    public StackSettings {
        Objects.requireNonNull(loss, "loss");
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("betas must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        if (!(maxGradNorm >= 0) || Double.isInfinite(maxGradNorm)) {
            throw new IllegalArgumentException("maxGradNorm must be >= 0 and finite (0: no clipping), got "
                    + maxGradNorm);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, got " + maxRows);
        }
    }

    /**
     * Settings with a loss that takes no parameters ({@link StackLoss#of}).
     *
     * @throws IllegalArgumentException as {@link StackLoss#of} and the canonical constructor
     */
    public StackSettings(PointLossKind loss, float beta1, float beta2, float epsilon, double maxGradNorm,
            int maxRows) {
        this(StackLoss.of(loss), beta1, beta2, epsilon, maxGradNorm, maxRows);
    }
}
