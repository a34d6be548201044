package dev.zenneural.core.backend;

import java.util.List;

/**
 * What a {@link BackendProvider} found: its devices, or why it cannot run here and what fixes it.
 *
 * @param backend the provider's name
 * @param devices one line per usable device; empty when unavailable
 * @param problem why the backend cannot run, or the empty string when it can
 * @param fix what a person can do about {@code problem} (a command, a setting), or the empty string
 */
public record BackendProbe(String backend, List<String> devices, String problem, String fix) {

    public BackendProbe {
        devices = List.copyOf(devices);
    }

    /** A backend that can run on the given devices. */
    public static BackendProbe available(String backend, List<String> devices) {
        return new BackendProbe(backend, devices, "", "");
    }

    /** A backend that cannot run here. */
    public static BackendProbe unavailable(String backend, String problem, String fix) {
        return new BackendProbe(backend, List.of(), problem, fix);
    }

    public boolean isAvailable() {
        return problem.isEmpty();
    }
}
