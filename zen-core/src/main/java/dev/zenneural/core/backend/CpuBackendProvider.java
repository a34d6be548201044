package dev.zenneural.core.backend;

import java.util.List;

/** Registers {@link CpuBackend}; always available. */
public final class CpuBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return CpuBackend.NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public BackendProbe probe() {
        try (CpuBackend cpu = new CpuBackend()) {
            return BackendProbe.available(name(), List.of(cpu.deviceDescription()));
        }
    }

    @Override
    public ComputeBackend create() {
        return new CpuBackend();
    }
}
