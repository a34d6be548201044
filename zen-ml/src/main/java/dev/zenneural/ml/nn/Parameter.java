package dev.zenneural.ml.nn;

import java.util.Objects;

/**
 * A trainable array of a layer: its values and the gradient accumulated for them since the last
 * {@link #zeroGrad()}. Mutable, owned by one model; the arrays are live so that kernels and
 * optimizers can work in place.
 */
public final class Parameter {

    private final String name;
    private final float[] value;
    private final float[] grad;

    /** A parameter named {@code name} (for messages) holding {@code value} (not copied). */
    public Parameter(String name, float[] value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.grad = new float[value.length];
    }

    public String name() {
        return name;
    }

    /** The values, live. */
    public float[] value() {
        return value;
    }

    /** The accumulated gradient, live. */
    public float[] grad() {
        return grad;
    }

    public int size() {
        return value.length;
    }

    /** Clears the gradient before the next batch. */
    public void zeroGrad() {
        java.util.Arrays.fill(grad, 0f);
    }

    @Override
    public String toString() {
        return name + "[" + value.length + "]";
    }
}
