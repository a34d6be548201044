package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.DLinear;
import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Mlp;
import dev.zenneural.ml.forecast.NBeats;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.Rnn;
import dev.zenneural.ml.forecast.Tcn;
import dev.zenneural.ml.forecast.WindowModelBuilder;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.scale.ScalerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The forecasting models {@code zen forecast} and {@code zen cv} know by name, with shared settings. */
final class ForecastModels {

    static final List<String> NAMES = List.of("mlp", "nhits", "nbeats", "nlinear", "dlinear", "lstm", "gru", "rnn",
            "tcn");

    private ForecastModels() {
    }

    /**
     * The named models for horizon {@code h}, each with {@code inputSize}, {@code maxSteps}, the scaler,
     * the historic exogenous columns and, with levels, a multi-quantile loss.
     *
     * @throws IllegalArgumentException naming an unknown model
     */
    static List<ForecastModel> create(List<String> names, int h, int inputSize, int maxSteps, ScalerType scaler,
            int[] levels, long seed, List<String> histExog) {
        List<ForecastModel> models = new ArrayList<>();
        for (String name : names) {
            WindowModelBuilder<?> builder = switch (name.toLowerCase(Locale.ROOT)) {
                case "mlp" -> Mlp.builder(h).hiddenSize(256);
                case "nhits" -> NHits.builder(h).hiddenSize(256);
                case "nbeats" -> NBeats.builder(h).hiddenSize(256);
                case "nlinear" -> NLinear.builder(h);
                case "dlinear" -> DLinear.builder(h);
                case "lstm" -> Rnn.lstm(h).encoderHiddenSize(64).decoderHiddenSize(64);
                case "gru" -> Rnn.gru(h).encoderHiddenSize(64).decoderHiddenSize(64);
                case "rnn" -> Rnn.rnn(h).encoderHiddenSize(64).decoderHiddenSize(64);
                case "tcn" -> Tcn.builder(h).encoderHiddenSize(64).decoderHiddenSize(64);
                default -> throw new IllegalArgumentException("unknown model '" + name + "'; expected one of "
                        + String.join(", ", NAMES));
            };
            builder.inputSize(inputSize).maxSteps(maxSteps).scalerType(scaler).startPaddingEnabled(true)
                    .windowsBatchSize(256).randomSeed(seed);
            if (!histExog.isEmpty()) {
                builder.histExogList(histExog.toArray(new String[0]));
            }
            if (levels.length > 0) {
                builder.loss(QuantileLoss.levels(levels));
            }
            models.add(builder.build());
        }
        return models;
    }
}
