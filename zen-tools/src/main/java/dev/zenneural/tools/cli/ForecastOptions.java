package dev.zenneural.tools.cli;

import dev.zenneural.ml.forecast.ForecastModel;
import dev.zenneural.ml.forecast.Frequency;
import dev.zenneural.ml.forecast.TrainingBackend;
import dev.zenneural.ml.scale.ScalerType;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code zen forecast} and {@code zen cv} share: data, horizon, frequency, models, training. */
final class ForecastOptions {

    /** The series file, given as FILE or as {@code --input}: exactly one of them. */
    Path data(CommandLine cli) {
        if (positionalData != null && inputData != null) {
            throw new CommandLine.ParameterException(cli, "give the series file once: as FILE or as --input, not both");
        }
        if (positionalData == null && inputData == null) {
            throw new CommandLine.ParameterException(cli, "Missing the series file: FILE or --input FILE");
        }
        return positionalData != null ? positionalData : inputData;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Long-format series: CSV"
            + " (unique_id,ds,y, header optional); .arrow/.arrows/.feather (Arrow IPC) and .parquet with the"
            + " dataframes gate. Or give it as --input.")
    Path positionalData;

    @Option(names = "--input", paramLabel = "FILE", description = "The series file, as the FILE parameter.")
    Path inputData;

    @Option(names = "--h", required = true, paramLabel = "STEPS", description = "Forecast horizon.")
    int h;

    @Option(names = "--freq", required = true, paramLabel = "FREQ",
            description = "Frequency of ds: 1 (integer index), D, W, M, Q or Y (MS, QS, YS also accepted).")
    String freq;

    @Option(names = "--models", split = ",", paramLabel = "NAME[,NAME...]", defaultValue = "nhits,mlp",
            description = "Models: mlp, nhits, nbeats, nlinear, dlinear, lstm, gru, rnn, tcn (default: ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--input-size", paramLabel = "STEPS", description = "History each model reads (default: 2 h).")
    Integer inputSize;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "500",
            description = "Training steps per model (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--scaler", paramLabel = "TYPE", defaultValue = "standard",
            description = "Window scaling: identity, standard, robust, minmax (default: ${DEFAULT-VALUE}).")
    String scaler;

    @Option(names = "--levels", split = ",", paramLabel = "L[,L...]",
            description = "Prediction-interval levels in percent, e.g. 80,95 (adds -lo-L and -hi-L columns).")
    int[] levels = {};

    @Option(names = "--hist-exog", split = ",", paramLabel = "COLUMN[,COLUMN...]",
            description = "Exogenous CSV columns whose history the MLP reads beside y (hist_exog_list);"
                    + " only the MLP reads them: use with --models mlp.")
    List<String> histExog = List.of();

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "cpu",
            description = "Where to train: cpu (default: in this JVM), or a backend that trains whole models on its"
                    + " device: opencl (zen-gpu; every model here, --levels included; without a device an error,"
                    + " never a silent fallback).")
    String backend;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    Frequency frequency(CommandLine cli) {
        try {
            return Frequency.fromCode(freq);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--freq: " + e.getMessage());
        }
    }

    TrainingBackend trainingBackend(CommandLine cli) {
        try {
            return TrainingBackend.parse(backend);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--backend: " + e.getMessage());
        }
    }

    List<ForecastModel> models(CommandLine cli) {
        Usage.atLeastOne(cli, "--h", h);
        try {
            return ForecastModels.create(models, h, inputSize == null ? 2 * h : inputSize, maxSteps,
                    ScalerType.fromLabel(scaler), levels, seed, histExog);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
    }
}
