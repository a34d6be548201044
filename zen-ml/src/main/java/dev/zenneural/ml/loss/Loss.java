package dev.zenneural.ml.loss;

import java.util.List;

/**
 * A training loss of a forecasting model, as neuralforecast's {@code losses.pytorch}: compares a
 * batch of forecasts with the true values, averaging over every non-masked value (and over the
 * quantiles of quantile losses). A model makes {@link #outputsPerStep()} outputs per horizon step,
 * laid out {@code rows x h x outputsPerStep}; targets and mask are {@code rows x h}.
 */
public interface Loss {

    /** How many outputs the model makes per horizon step: 1 for point losses, one per quantile. */
    int outputsPerStep();

    /**
     * The loss of {@code rows} windows of {@code h} steps; the mask (1 counts, 0 does not) may be
     * null for all-ones.
     */
    double value(float[] forecast, float[] target, float[] mask, int rows, int h);

    /** Writes the gradient of {@link #value} with respect to every forecast output into {@code grad}. */
    void gradient(float[] forecast, float[] target, float[] mask, int rows, int h, float[] grad);

    /**
     * The suffixes of the forecast columns, one per output, as neuralforecast names them: {@code ""}
     * for point losses ({@code <alias>}), {@code "-median"}, {@code "-lo-90"}, {@code "-hi-90"}, ...
     * for quantile losses.
     */
    List<String> outputSuffixes();

    /**
     * Whether the loss compares forecasts and targets on the series' own scale rather than on the
     * window's normalised one, as neuralforecast computes every loss. The others (MAE, MSE,
     * Huber, quantile) train on the normalised values, which weighs every window alike; percentage
     * errors (sMAPE, MAPE) change under the normalisation's shift, so the trainer maps forecasts
     * and targets back before computing them.
     */
    default boolean onOriginalScale() {
        return false;
    }

    /**
     * The season of the in-sample naive error that divides each window's errors, as MASE's
     * denominator: the mean of {@code |y[t] - y[t - season]|} over the window's history. 0 (the
     * default) for losses that read no history.
     */
    default int scaleSeasonality() {
        return 0;
    }

    /** Which output is the point forecast ({@code <alias>} itself; the median for quantile losses). */
    default int pointOutput() {
        return 0;
    }
}
