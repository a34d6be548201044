package dev.zenneural.ml.loss;

import java.util.List;

/**
 * A loss of one output per step that is a function of each forecast and its target (for most, of
 * the error {@code forecast - target} alone), averaged over the non-masked values.
 */
public abstract class PointLoss implements Loss {

    /** The loss of one forecast of {@code target}. */
    abstract double of(double forecast, double target);

    /** Its derivative with respect to the forecast. */
    abstract double derivative(double forecast, double target);

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
            sum += w * of(forecast[i], target[i]);
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
            grad[i] = weight == 0 || w == 0 ? 0f : (float) (w * derivative(forecast[i], target[i]) / weight);
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
