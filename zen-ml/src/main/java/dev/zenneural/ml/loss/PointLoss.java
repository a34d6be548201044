package dev.zenneural.ml.loss;

import java.util.List;

/**
 * A loss of one output per step that is a function of the error {@code forecast - target} alone,
 * averaged over the non-masked values.
 */
public abstract class PointLoss implements Loss {

    /** The loss of one error. */
    abstract double of(double error);

    /** Its derivative with respect to the forecast. */
    abstract double derivative(double error);

    @Override
    public final int outputsPerStep() {
        return 1;
    }

    @Override
    public final double value(float[] forecast, float[] target, float[] mask, int rows, int h) {
        int n = rows * h;
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            double w = mask == null ? 1 : mask[i];
            sum += w * of((double) forecast[i] - target[i]);
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    @Override
    public final void gradient(float[] forecast, float[] target, float[] mask, int rows, int h, float[] grad) {
        int n = rows * h;
        double weight = Masks.weight(mask, n);
        for (int i = 0; i < n; i++) {
            double w = mask == null ? 1 : mask[i];
            grad[i] = weight == 0 || w == 0 ? 0f : (float) (w * derivative((double) forecast[i] - target[i]) / weight);
        }
    }

    @Override
    public final List<String> outputSuffixes() {
        return List.of("");
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && o.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
