package dev.zenneural.ml.forecast;

import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.scale.ScalerType;
import java.util.List;
import java.util.Objects;

/**
 * The settings every window model's builder has, with neuralforecast's defaults: {@code inputSize}
 * twice the horizon, MAE loss, 1000 steps at learning rate 1e-3, batches of 32 series and 1024
 * windows, identity scaling, seed 1, no early stopping, validation every 100 steps.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class WindowModelBuilder<B extends WindowModelBuilder<B>> {

    private String alias;
    private final int h;
    private int inputSize;
    private Loss loss = new Mae();
    private int maxSteps = 1000;
    private float learningRate = 1e-3f;
    private int numLrDecays = -1;
    private int batchSize = 32;
    private int windowsBatchSize = 1024;
    private ScalerType scalerType = ScalerType.IDENTITY;
    private long randomSeed = 1;
    private int earlyStopPatienceSteps = -1;
    private int valCheckSteps = 100;
    private boolean startPaddingEnabled;
    private double gradientClipVal;
    private List<String> histExogList = List.of();
    private List<String> futrExogList = List.of();
    private List<String> statExogList = List.of();

    WindowModelBuilder(String alias, int h) {
        this.alias = alias;
        this.h = h;
        this.inputSize = 2 * h;
    }

    abstract B self();

    /**
     * The model.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public abstract ForecastModel build();

    /** The horizon this builder was made for. */
    public int h() {
        return h;
    }

    /** The settings so far, validated. */
    WindowSettings settings() {
        return new WindowSettings(alias, h, inputSize, loss, maxSteps, learningRate, numLrDecays, batchSize,
                windowsBatchSize, scalerType, randomSeed, earlyStopPatienceSteps, valCheckSteps, startPaddingEnabled,
                gradientClipVal, histExogList, futrExogList, statExogList);
    }

    public B alias(String value) {
        this.alias = Objects.requireNonNull(value, "alias");
        return self();
    }

    public B inputSize(int value) {
        this.inputSize = value;
        return self();
    }

    public B loss(Loss value) {
        this.loss = Objects.requireNonNull(value, "loss");
        return self();
    }

    public B maxSteps(int value) {
        this.maxSteps = value;
        return self();
    }

    public B learningRate(float value) {
        this.learningRate = value;
        return self();
    }

    public B numLrDecays(int value) {
        this.numLrDecays = value;
        return self();
    }

    public B batchSize(int value) {
        this.batchSize = value;
        return self();
    }

    public B windowsBatchSize(int value) {
        this.windowsBatchSize = value;
        return self();
    }

    public B scalerType(ScalerType value) {
        this.scalerType = Objects.requireNonNull(value, "scalerType");
        return self();
    }

    public B randomSeed(long value) {
        this.randomSeed = value;
        return self();
    }

    public B earlyStopPatienceSteps(int value) {
        this.earlyStopPatienceSteps = value;
        return self();
    }

    public B valCheckSteps(int value) {
        this.valCheckSteps = value;
        return self();
    }

    public B startPaddingEnabled(boolean value) {
        this.startPaddingEnabled = value;
        return self();
    }

    /** Exogenous columns of the frame whose history the model reads (MLP only). */
    public B histExogList(String... names) {
        this.histExogList = List.of(names);
        return self();
    }

    /** Exogenous columns known in advance, read over history and horizon (MLP only). */
    public B futrExogList(String... names) {
        this.futrExogList = List.of(names);
        return self();
    }

    /** Static features ({@link StaticFeatures}) the model reads (MLP only). */
    public B statExogList(String... names) {
        this.statExogList = List.of(names);
        return self();
    }

    public B gradientClipVal(double value) {
        this.gradientClipVal = value;
        return self();
    }
}
