package dev.zenneural.core.kernel;

/**
 * libfann's iRPROP- weight update ({@code fann_update_weights_irpropm}) over a whole weight array:
 * an implementation changes speed, never a bit. See {@link RpropSteps#update} for the arithmetic.
 */
interface RpropKernel {

    /** A name for logs and benchmark labels: {@code scalar} or {@code vector}. */
    String name();

    /** {@link RpropSteps#update}, the arrays' lengths checked by the caller. */
    void update(float[] weights, float[] slopes, float[] previousSteps, float[] previousSlopes, float increase,
            float decrease, float deltaMin, float deltaMax, float minPreviousStep, float weightLimit);
}
