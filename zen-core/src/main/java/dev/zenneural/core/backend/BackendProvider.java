package dev.zenneural.core.backend;

/**
 * A kind of compute backend, discovered with {@link java.util.ServiceLoader}. Optional backends
 * (OpenCL in zen-gpu) register one in {@code META-INF/services}; the CPU backend is always there.
 */
public interface BackendProvider {

    /** Short, stable name used for selection: "cpu", "opencl". */
    String name();

    /**
     * Preference when no backend is asked for by name: the available provider with the highest
     * priority is chosen. The CPU backend has priority 0.
     */
    int priority();

    /**
     * Looks for what this backend needs (libraries, devices) without creating it. Never throws for
     * a missing library or device: that is reported in the result.
     */
    BackendProbe probe();

    /**
     * Creates the backend on its preferred device.
     *
     * @throws BackendUnavailableException if {@link #probe()} would report it unavailable
     */
    ComputeBackend create();
}
