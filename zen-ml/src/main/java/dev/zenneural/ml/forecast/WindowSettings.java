package dev.zenneural.ml.forecast;

import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.scale.ScalerType;
import java.util.List;
import java.util.Objects;

/**
 * What every window-based model shares, with neuralforecast's names and defaults: the horizon and
 * input window, the loss, and how training samples windows and steps.
 *
 * @param alias the model's name in output columns
 * @param h forecast horizon, in steps
 * @param inputSize history length the model reads
 * @param loss training loss; its outputs per step decide the output columns
 * @param maxSteps training steps (batches)
 * @param learningRate Adam's step size
 * @param numLrDecays how many times the learning rate halves over {@code maxSteps}; 0 or less: never
 * @param batchSize series sampled per step
 * @param windowsBatchSize windows sampled per step from those series
 * @param scalerType how each window is normalised
 * @param randomSeed seeds initialisation and sampling: the same seed, data and settings give the same model
 * @param earlyStopPatienceSteps validation checks without improvement before training stops; -1: never
 * @param valCheckSteps steps between validation checks
 * @param startPaddingEnabled whether windows may start before a series does (zero-padded history)
 * @param gradientClipVal largest gradient norm per step; 0: no clipping
 * @param histExogList exogenous columns whose history (the same {@code inputSize} steps, each
 *     normalised by its own window) the model reads beside {@code y}; neuralforecast's
 *     {@code hist_exog_list}
 * @param futrExogList exogenous columns known in advance (calendar, planned prices): the model reads
 *     them over the history and the horizon ({@code inputSize + h} steps, normalised by the history
 *     part); forecasting needs their future values; neuralforecast's {@code futr_exog_list}
 * @param statExogList static features of each series ({@link StaticFeatures}) the model reads as
 *     they are; neuralforecast's {@code stat_exog_list}
 */
public record WindowSettings(String alias, int h, int inputSize, Loss loss, int maxSteps, float learningRate,
        int numLrDecays, int batchSize, int windowsBatchSize, ScalerType scalerType, long randomSeed,
        int earlyStopPatienceSteps, int valCheckSteps, boolean startPaddingEnabled, double gradientClipVal,
        List<String> histExogList, List<String> futrExogList, List<String> statExogList) {

    /** Validates every setting, naming the first that is out of range. */
    public WindowSettings {
        Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
            throw new IllegalArgumentException("alias must not be blank");
        }
        atLeast("h", h, 1);
        atLeast("inputSize", inputSize, 1);
        Objects.requireNonNull(loss, "loss");
        atLeast("maxSteps", maxSteps, 1);
        if (!(learningRate > 0 && Float.isFinite(learningRate))) {
            throw new IllegalArgumentException("learningRate must be a finite number > 0, got " + learningRate);
        }
        atLeast("batchSize", batchSize, 1);
        atLeast("windowsBatchSize", windowsBatchSize, 1);
        Objects.requireNonNull(scalerType, "scalerType");
        if (earlyStopPatienceSteps == 0 || earlyStopPatienceSteps < -1) {
            throw new IllegalArgumentException("earlyStopPatienceSteps must be -1 (off) or >= 1, got "
                    + earlyStopPatienceSteps);
        }
        atLeast("valCheckSteps", valCheckSteps, 1);
        if (!(gradientClipVal >= 0 && Double.isFinite(gradientClipVal))) {
            throw new IllegalArgumentException("gradientClipVal must be a finite number >= 0, got " + gradientClipVal);
        }
        histExogList = List.copyOf(histExogList);
        futrExogList = List.copyOf(futrExogList);
        statExogList = List.copyOf(statExogList);
        java.util.Set<String> all = new java.util.HashSet<>(histExogList);
        all.addAll(futrExogList);
        if (all.size() != histExogList.size() + futrExogList.size()) {
            throw new IllegalArgumentException("histExogList and futrExogList name a column twice: " + histExogList
                    + ", " + futrExogList);
        }
        if (new java.util.HashSet<>(statExogList).size() != statExogList.size()) {
            throw new IllegalArgumentException("statExogList names a feature twice: " + statExogList);
        }
    }

    /**
     * Values a model reads per window: the history of {@code y} and of every historic exogenous
     * column, then history and horizon of every future exogenous column, then the static features.
     */
    public int inputWidth() {
        return inputSize * (1 + histExogList.size()) + (inputSize + h) * futrExogList.size() + statExogList.size();
    }

    /**
     * Refuses exogenous columns for a model that cannot read them.
     *
     * @throws IllegalArgumentException naming the model if it is given exogenous columns
     */
    void requireNoExogenous() {
        if (!histExogList.isEmpty() || !futrExogList.isEmpty() || !statExogList.isEmpty()) {
            throw new IllegalArgumentException(alias + " does not read exogenous columns (MLP does); got "
                    + (!histExogList.isEmpty() ? "histExogList " + histExogList
                    : !futrExogList.isEmpty() ? "futrExogList " + futrExogList : "statExogList " + statExogList));
        }
    }

    private static void atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
        }
    }

    /** Outputs of the model per window: {@code h} times the loss's outputs per step. */
    public int outputSize() {
        return h * loss.outputsPerStep();
    }
}
