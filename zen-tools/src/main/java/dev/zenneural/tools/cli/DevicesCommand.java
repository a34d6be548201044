package dev.zenneural.tools.cli;

import dev.zenneural.core.backend.BackendProbe;
import dev.zenneural.core.backend.BackendProvider;
import dev.zenneural.core.backend.Backends;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zen devices}: the compute backends on the class path, their devices, and for each one that
 * cannot run here, why and what fixes it.
 */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the compute backends and devices found, or why none was.")
final class DevicesCommand implements Callable<Integer> {

    /** The OpenCL backend's provider name (zen-gpu), named here to explain its absence. */
    static final String OPENCL = "opencl";

    @Option(names = "--require", paramLabel = "BACKEND",
            description = "Exit with 1 unless this backend (e.g. opencl) is available.")
    String require;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<BackendProvider> providers = Backends.providers();
        boolean requiredFound = require == null;
        boolean openclBuilt = false;
        for (BackendProvider provider : providers) {
            BackendProbe probe = provider.probe();
            openclBuilt |= provider.name().equals(OPENCL);
            if (probe.isAvailable()) {
                out.println(provider.name() + ": available");
                for (String device : probe.devices()) {
                    out.println("  " + device);
                }
                requiredFound |= provider.name().equalsIgnoreCase(require);
            } else {
                out.println(provider.name() + ": unavailable: " + probe.problem());
                if (!probe.fix().isEmpty()) {
                    out.println("  fix: " + probe.fix());
                }
            }
        }
        if (!openclBuilt) {
            out.println(OPENCL + ": not in this build: the OpenCL backend is the module zen-gpu");
            out.println("  fix: ZEN_PROFILES=gpu ./zen devices   (or build with ./mvnw -Pgpu)");
        }
        if (!requiredFound) {
            spec.commandLine().getErr().println("zen: backend '" + require + "' is not available here (see above)");
            return ZenCommand.EXIT_FAILURE;
        }
        return 0;
    }
}
