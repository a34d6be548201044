package dev.zenneural.ml.nn;

import java.util.List;

/**
 * One differentiable step of a model, working on a batch of rows at once (row-major,
 * {@code rows x inputSize()} in, {@code rows x outputSize()} out). {@link #forward} keeps what
 * {@link #backward} needs, so a layer is stateful scratch: one instance per model, one thread at a
 * time. Returned arrays are the layer's own buffers, valid until its next call, and may be longer
 * than {@code rows x size}.
 */
public interface Layer {

    int inputSize();

    int outputSize();

    /** The outputs of {@code rows} input rows. */
    float[] forward(float[] input, int rows);

    /**
     * Given the loss gradient with respect to the last {@link #forward}'s outputs, adds the
     * gradients of this layer's parameters to their {@link Parameter#grad()} and returns the
     * gradient with respect to its inputs.
     */
    float[] backward(float[] gradOutput, int rows);

    /** The trainable parameters, in a fixed order; empty for layers without any. */
    List<Parameter> parameters();
}
