package dev.zenneural.core.nn.train;

import dev.zenneural.core.kernel.Logarithm;

/**
 * How an output's difference (target minus output, already halved for symmetric activations) is
 * turned into the error that is backpropagated, FANN's {@code fann_errorfunc_enum}. Only the training
 * signal changes; the reported MSE is always of the plain difference.
 */
public enum ErrorFunction {

    /** {@code FANN_ERRORFUNC_LINEAR}: the difference itself. */
    LINEAR {
        @Override
        public float apply(float diff) {
            return diff;
        }
    },

    /**
     * {@code FANN_ERRORFUNC_TANH} (FANN's default): {@code log((1 + d) / (1 - d))}, computed in double
     * as libfann does ({@link Logarithm#log}, which gives {@link StrictMath#log}'s float result for
     * every float difference), and capped at +-17 where the difference reaches +-1. It pushes harder
     * on large errors than the linear function.
     */
    TANH {
        @Override
        public float apply(float diff) {
            // libfann compares against these double constants with the float promoted; so do we.
            if (diff < -.9999999) {
                return -17.0f;
            }
            if (diff > .9999999) {
                return 17.0f;
            }
            return (float) Logarithm.log((1.0 + diff) / (1.0 - diff));
        }
    };

    /** The error to backpropagate for an output difference. */
    public abstract float apply(float diff);
}
