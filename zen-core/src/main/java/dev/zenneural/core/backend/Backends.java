package dev.zenneural.core.backend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Finds compute backends on the class path.
 *
 * <p>The backend used when none is named is chosen by the system property {@value #PROPERTY}, else
 * the environment variable {@value #ENV}, else the available provider with the highest {@link
 * BackendProvider#priority() priority}.
 */
public final class Backends {

    /** System property naming the backend to use. */
    public static final String PROPERTY = "zen.backend";
    /** Environment variable naming the backend to use. */
    public static final String ENV = "ZEN_BACKEND";

    private Backends() {
    }

    /** Every provider on the class path, highest priority first. */
    public static List<BackendProvider> providers() {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(BackendProvider::priority).reversed()
                .thenComparing(BackendProvider::name));
        return found;
    }

    /**
     * Creates the backend of the given name.
     *
     * @throws BackendUnavailableException if no provider has that name, or it cannot run here
     */
    public static ComputeBackend create(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (BackendProvider provider : providers()) {
            if (provider.name().equals(wanted)) {
                BackendProbe probe = provider.probe();
                if (!probe.isAvailable()) {
                    throw BackendUnavailableException.of(probe);
                }
                return provider.create();
            }
            names.add(provider.name());
        }
        throw new BackendUnavailableException("no backend named '" + name + "'; found: " + String.join(", ", names)
                + (wanted.equals("opencl") ? " (the OpenCL backend is in zen-gpu: build with -Pgpu)" : ""));
    }

    /** Creates the backend named by {@value #PROPERTY} or {@value #ENV}, else the best available one. */
    public static ComputeBackend createDefault() {
        String named = System.getProperty(PROPERTY, System.getenv(ENV));
        if (named != null && !named.isBlank()) {
            return create(named);
        }
        for (BackendProvider provider : providers()) {
            if (provider.probe().isAvailable()) {
                return provider.create();
            }
        }
        return new CpuBackend();
    }
}
