package dev.zenneural.gpu;

import dev.zenneural.core.backend.BackendProbe;
import dev.zenneural.core.backend.BackendProvider;
import dev.zenneural.core.backend.BackendUnavailableException;
import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDiscovery;
import dev.zenneural.gpu.opencl.OpenClException;
import dev.zenneural.gpu.opencl.OpenClUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Registers {@link OpenClBackend} with {@code Backends}; the device is chosen by {@link
 * DeviceSelector}. It is used only when asked for by name ({@code zen.backend=opencl}, {@code
 * Backends.create("opencl")}, {@code zen train --backend opencl}): its priority is below the CPU
 * backend's, because on PoCL it is slower than the CPU kernels, on a GPU one product alone does not
 * pay for its transfers, and whole-network training pays only for networks large enough, which no
 * measurement has sized yet.
 */
public final class OpenClBackendProvider implements BackendProvider {

    private final Supplier<List<OpenClDevice>> discovery;
    private final Supplier<String> deviceRequest;

    /** The provider {@link java.util.ServiceLoader} creates: real discovery, device from the environment. */
    public OpenClBackendProvider() {
        this(OpenClDiscovery::devices, DeviceSelector::request);
    }

    /** Lets tests stand in for discovery and for the environment. */
    OpenClBackendProvider(Supplier<List<OpenClDevice>> discovery, Supplier<String> deviceRequest) {
        this.discovery = discovery;
        this.deviceRequest = deviceRequest;
    }

    @Override
    public String name() {
        return OpenClBackend.NAME;
    }

    @Override
    public int priority() {
        return -10;
    }

    /** Lists the devices, marking the one {@link #create()} would use; never throws. */
    @Override
    public BackendProbe probe() {
        try {
            List<OpenClDevice> devices = discover();
            int chosen = select(devices);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                lines.add(i + ": " + devices.get(i).info().describe() + (i == chosen ? " (selected)" : ""));
            }
            return BackendProbe.available(name(), lines);
        } catch (OpenClUnavailableException e) {
            return BackendProbe.unavailable(name(), e.problem(), e.fix());
        } catch (OpenClException e) {
            return BackendProbe.unavailable(name(), "OpenCL device discovery failed: " + e.getMessage(),
                    "check the OpenCL driver installation (clinfo lists what the loader finds)");
        } catch (RuntimeException e) {
            // The contract is a report, never an exception: a broken driver must not break startup.
            return BackendProbe.unavailable(name(), "OpenCL device discovery failed unexpectedly: " + e, "");
        }
    }

    @Override
    public ComputeBackend create() {
        try {
            List<OpenClDevice> devices = discover();
            return new OpenClBackend(devices.get(select(devices)));
        } catch (OpenClUnavailableException e) {
            throw new BackendUnavailableException("backend '" + name() + "' is unavailable: " + e.getMessage(), e);
        }
    }

    private List<OpenClDevice> discover() {
        try {
            return discovery.get();
        } catch (LinkageError e) {
            // JOCL reports a missing libOpenCL.so (or a missing JOCL jar) as a LinkageError, not an exception.
            throw OpenClUnavailableException.libraryMissing(e);
        }
    }

    private int select(List<OpenClDevice> devices) {
        return DeviceSelector.select(devices.stream().map(OpenClDevice::info).toList(), deviceRequest.get());
    }
}
