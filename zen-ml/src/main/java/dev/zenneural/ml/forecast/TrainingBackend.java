package dev.zenneural.ml.forecast;

import dev.zenneural.core.backend.ComputeBackend;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link NeuralForecast} trains its models. {@link #host()}: zen-ml's own layers in this JVM,
 * their matrix products on the {@code Compute} backend (the CPU unless {@code -Dzen.backend} names
 * another). {@link #device(String)}: the named compute backend trains each model whole on its
 * device, weights and optimizer state resident there (zen-gpu's {@code opencl}): every zen-ml model
 * (MLP, NLinear, DLinear, N-BEATS, N-HiTS, RNN, LSTM, GRU, TCN) with any of zen-ml's losses. A model
 * the device cannot train (a loss of the caller's own) fails the fit before any training, naming the
 * model and why: an explicit request for a device never falls back silently. {@link #on(ComputeBackend)}: as a device, on a backend the caller has opened (one
 * device of several) and closes. Immutable.
 */
public final class TrainingBackend {

    private static final TrainingBackend HOST = new TrainingBackend(null, null);

    private final String device;
    private final ComputeBackend open;

    private TrainingBackend(String device, ComputeBackend open) {
        this.device = device;
        this.open = open;
    }

    /** Training in this JVM: the default. */
    public static TrainingBackend host() {
        return HOST;
    }

    /**
     * Training on the device of the compute backend {@code name} ({@code opencl}).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static TrainingBackend device(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a device backend needs a name, such as opencl");
        }
        return new TrainingBackend(name.trim().toLowerCase(Locale.ROOT), null);
    }

    /**
     * Training on the device of {@code backend}, which the caller keeps open while models train and
     * closes afterwards (training does not close it).
     */
    public static TrainingBackend on(ComputeBackend backend) {
        return new TrainingBackend(backend.name(), backend);
    }

    /**
     * A backend as a command line names it: {@code cpu} for {@link #host()}, any other name for
     * {@link #device(String)}.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static TrainingBackend parse(String name) {
        TrainingBackend named = device(name);
        return named.device.equals("cpu") ? HOST : named;
    }

    /** The backend given to {@link #on}; empty otherwise. */
    Optional<ComputeBackend> openBackend() {
        return Optional.ofNullable(open);
    }

    /** The device backend's name; empty for the host. */
    public Optional<String> deviceName() {
        return Optional.ofNullable(device);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingBackend other && Objects.equals(device, other.device) && open == other.open;
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, open);
    }

    /** {@code cpu} or the device backend's name, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return device == null ? "cpu" : device;
    }
}
