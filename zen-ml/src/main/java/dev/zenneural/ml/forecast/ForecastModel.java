package dev.zenneural.ml.forecast;

import dev.zenneural.ml.nn.Layer;
import java.util.SplittableRandom;

/**
 * A global forecasting model's configuration: immutable, one network trained across all series.
 * Implementations (such as {@link Mlp}) define the network; {@link NeuralForecast} trains and runs
 * them with their {@link WindowSettings}.
 */
public interface ForecastModel {

    /** The shared settings: horizon, input size, loss, training. */
    WindowSettings settings();

    /**
     * A freshly initialised network from a normalised history window ({@code inputSize} values) to
     * {@link WindowSettings#outputSize()} outputs, laid out step by step ({@code h x outputsPerStep}).
     */
    Layer newNetwork(SplittableRandom random);
}
