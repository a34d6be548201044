package dev.zenneural.ml.forecast;

import dev.zenneural.core.backend.BackendUnavailableException;
import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.DenseStackTraining;
import dev.zenneural.core.nn.stack.PointLossKind;
import dev.zenneural.core.nn.stack.StackLoss;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.ml.loss.Huber;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mape;
import dev.zenneural.ml.loss.Mase;
import dev.zenneural.ml.loss.Mse;
import dev.zenneural.ml.loss.QuantileLoss;
import dev.zenneural.ml.loss.Smape;
import dev.zenneural.ml.nn.AdamOptimizer;
import dev.zenneural.ml.nn.DenseStacks;
import dev.zenneural.ml.nn.Layer;
import java.util.SplittableRandom;

/**
 * A compute backend that trains models on its device, open for one {@link NeuralForecast#fit} (or
 * cross-validation window): made through {@link Backends#create}, so zen-ml needs no OpenCL of its
 * own; zen-gpu's backend is found on the class path.
 */
final class ForecastDevice implements AutoCloseable {

    /** The losses the device computes, for messages: all of zen-ml's. */
    static final String LOSSES = "MAE, MSE, Huber, quantile (QuantileLoss, MQLoss), sMAPE, MAPE and MASE";

    /** The models the device trains, for messages: all of zen-ml's. */
    static final String MODELS = "MLP, NLinear, DLinear, NBEATS, NHITS, RNN, LSTM, GRU and TCN, with any of zen-ml's"
            + " losses";

    private final ComputeBackend backend;
    private final DenseStackTraining training;
    /** Whether this opened the backend, and so closes it. */
    private final boolean owned;

    private ForecastDevice(ComputeBackend backend, DenseStackTraining training, boolean owned) {
        this.backend = backend;
        this.training = training;
        this.owned = owned;
    }

    /**
     * Opens the device of {@code choice}: the backend it was given, or the one it names.
     *
     * @throws BackendUnavailableException if there is no such backend, it cannot run here, or it
     *     does not train models on a device
     */
    static ForecastDevice open(TrainingBackend choice) {
        if (choice.openBackend().isPresent()) {
            return of(choice.openBackend().get(), false);
        }
        return of(Backends.create(choice.deviceName().orElseThrow()), true);
    }

    private static ForecastDevice of(ComputeBackend backend, boolean owned) {
        if (backend instanceof DenseStackTraining training) {
            return new ForecastDevice(backend, training, owned);
        }
        if (owned) {
            backend.close();
        }
        throw new BackendUnavailableException("backend '" + backend.name() + "' does not train models on a device;"
                + " the opencl backend does (zen-gpu), and cpu trains them in this JVM");
    }

    /**
     * Checks that {@code model} trains on this device, before anything is trained.
     *
     * @throws IllegalArgumentException naming the model and what the device lacks
     */
    void check(ForecastModel model) {
        net(model.settings(), model.newNetwork(new SplittableRandom(model.settings().randomSeed())));
        stackLoss(model.settings());
    }

    private DenseNet net(WindowSettings s, Layer network) {
        try {
            return DenseStacks.of(network);
        } catch (IllegalArgumentException e) {
            throw unsupported(s, e.getMessage());
        }
    }

    /**
     * Starts training {@code network}, freshly made for {@code model}, on the device.
     *
     * @param maxRows the most windows of a training or validation batch
     */
    WindowSteps start(ForecastModel model, Layer network, int maxRows) {
        WindowSettings s = model.settings();
        DenseNet net = net(s, network);
        StackSettings settings = new StackSettings(stackLoss(s), AdamOptimizer.BETA1, AdamOptimizer.BETA2,
                AdamOptimizer.EPSILON, s.gradientClipVal(), maxRows);
        return new DeviceWindowSteps(training.start(net, settings), network, s, maxRows);
    }

    /**
     * The device's form of the model's loss; MASE is MAE on windows that {@link BatchLoss} divides by
     * their seasonal-naive error, and sMAPE and MAPE see windows it maps back to the series' scale
     * ({@link DeviceWindowSteps} sends those maps with each batch).
     */
    private StackLoss stackLoss(WindowSettings s) {
        Loss loss = s.loss();
        if (loss instanceof Mae || loss instanceof Mase) {
            return StackLoss.of(PointLossKind.MAE);
        }
        if (loss instanceof Mse) {
            return StackLoss.of(PointLossKind.MSE);
        }
        if (loss instanceof Huber huber) {
            return StackLoss.huber(huber.delta());
        }
        if (loss instanceof Smape) {
            return StackLoss.of(PointLossKind.SMAPE);
        }
        if (loss instanceof Mape) {
            return StackLoss.of(PointLossKind.MAPE);
        }
        if (loss instanceof QuantileLoss quantile) {
            return StackLoss.quantiles(quantile.quantiles());
        }
        throw unsupported(s, "its loss is " + loss + ", not one of zen-ml's (" + LOSSES + ")");
    }

    private IllegalArgumentException unsupported(WindowSettings s, String why) {
        return new IllegalArgumentException(s.alias() + " cannot train on " + backend.name() + " ("
                + backend.deviceDescription() + "): " + why + "; the device trains " + MODELS
                + "; train it with backend cpu");
    }

    @Override
    public void close() {
        if (owned) {
            backend.close();
        }
    }
}
