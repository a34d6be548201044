package dev.zenneural.ml.forecast;

import dev.zenneural.core.backend.BackendUnavailableException;
import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.DenseStackTraining;
import dev.zenneural.core.nn.stack.PointLossKind;
import dev.zenneural.core.nn.stack.StackSettings;
import dev.zenneural.ml.loss.Loss;
import dev.zenneural.ml.loss.Mae;
import dev.zenneural.ml.loss.Mse;
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
        lossKind(model.settings());
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
        StackSettings settings = new StackSettings(lossKind(s), AdamOptimizer.BETA1, AdamOptimizer.BETA2,
                AdamOptimizer.EPSILON, s.gradientClipVal(), maxRows);
        return new DeviceWindowSteps(training.start(net, settings), network);
    }

    private PointLossKind lossKind(WindowSettings s) {
        Loss loss = s.loss();
        if (loss instanceof Mae) {
            return PointLossKind.MAE;
        }
        if (loss instanceof Mse) {
            return PointLossKind.MSE;
        }
        throw unsupported(s, "its loss is " + loss + "; the device computes MAE and MSE");
    }

    private IllegalArgumentException unsupported(WindowSettings s, String why) {
        return new IllegalArgumentException(s.alias() + " cannot train on " + backend.name() + " ("
                + backend.deviceDescription() + "): " + why
                + " (MLP, NLinear, DLinear, NBEATS, NHITS, RNN, LSTM, GRU); train it with backend cpu");
    }

    @Override
    public void close() {
        if (owned) {
            backend.close();
        }
    }
}
