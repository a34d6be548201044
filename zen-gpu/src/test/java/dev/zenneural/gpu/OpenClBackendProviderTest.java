package dev.zenneural.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.BackendProbe;
import dev.zenneural.core.backend.BackendProvider;
import dev.zenneural.core.backend.BackendUnavailableException;
import dev.zenneural.core.backend.Backends;
import dev.zenneural.gpu.opencl.DeviceType;
import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClException;
import dev.zenneural.gpu.opencl.OpenClUnavailableException;
import java.util.List;
import java.util.function.Supplier;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;
import org.junit.jupiter.api.Test;

/** The provider's reports, with discovery stood in for: none of these needs OpenCL. */
class OpenClBackendProviderTest {

    private static OpenClBackendProvider failingWith(RuntimeException e) {
        return provider(() -> {
            throw e;
        });
    }

    private static OpenClBackendProvider provider(Supplier<List<OpenClDevice>> discovery) {
        return new OpenClBackendProvider(discovery, () -> null);
    }

    @Test
    void isRegisteredForTheServiceLoaderBehindTheCpu() {
        List<BackendProvider> providers = Backends.providers();
        assertEquals(List.of("cpu", "opencl"), providers.stream().map(BackendProvider::name).toList(),
                "highest priority first");
        assertTrue(providers.get(1) instanceof OpenClBackendProvider);
    }

    @Test
    void missingLibOpenClIsReportedNotThrown() {
        OpenClBackendProvider provider = provider(() -> {
            throw new UnsatisfiedLinkError(
                    "Could not initialize native OpenCL library. Implementation library could not be loaded");
        });

        BackendProbe probe = provider.probe();

        assertFalse(probe.isAvailable());
        assertEquals("opencl", probe.backend());
        assertTrue(probe.problem().contains("libOpenCL.so"), probe.problem());
        assertTrue(probe.fix().contains("apt-get install ocl-icd-opencl-dev pocl-opencl-icd"), probe.fix());
    }

    @Test
    void noPlatformIsReportedWithItsFix() {
        BackendProbe probe = failingWith(OpenClUnavailableException.noPlatforms()).probe();
        assertFalse(probe.isAvailable());
        assertTrue(probe.problem().contains("no platform"), probe.problem());
        assertFalse(probe.fix().isEmpty());
    }

    @Test
    void platformsWithoutDevicesAreReported() {
        BackendProbe probe = failingWith(OpenClUnavailableException.noDevices(List.of("Some Platform"))).probe();
        assertFalse(probe.isAvailable());
        assertTrue(probe.problem().contains("Some Platform"), probe.problem());
    }

    @Test
    void aFailingOpenClCallIsReportedWithItsName() {
        BackendProbe probe = failingWith(new OpenClException("clGetDeviceIDs", -6)).probe();
        assertFalse(probe.isAvailable());
        assertTrue(probe.problem().contains("clGetDeviceIDs failed: CL_OUT_OF_HOST_MEMORY (-6)"), probe.problem());
    }

    @Test
    void evenAnUnexpectedFailureIsReported() {
        BackendProbe probe = failingWith(new IllegalStateException("driver bug")).probe();
        assertFalse(probe.isAvailable());
        assertTrue(probe.problem().contains("driver bug"), probe.problem());
    }

    @Test
    void availableDevicesAreListedWithTheSelectedOneMarked() {
        List<OpenClDevice> devices = List.of(
                new OpenClDevice(new cl_platform_id(), new cl_device_id(), DeviceSelectorTest.device("cpu", DeviceType.CPU)),
                new OpenClDevice(new cl_platform_id(), new cl_device_id(), DeviceSelectorTest.device("gpu", DeviceType.GPU)));

        BackendProbe probe = provider(() -> devices).probe();

        assertTrue(probe.isAvailable());
        assertEquals(2, probe.devices().size());
        assertTrue(probe.devices().get(0).startsWith("0: cpu (CPU"), probe.devices().get(0));
        assertFalse(probe.devices().get(0).endsWith("(selected)"));
        assertTrue(probe.devices().get(1).endsWith("(selected)"), probe.devices().get(1));
    }

    @Test
    void aRequestThatMatchesNothingMakesTheBackendUnavailable() {
        List<OpenClDevice> devices = List.of(new OpenClDevice(new cl_platform_id(), new cl_device_id(),
                DeviceSelectorTest.device("cpu", DeviceType.CPU)));
        BackendProbe probe = new OpenClBackendProvider(() -> devices, () -> "7").probe();
        assertFalse(probe.isAvailable());
        assertTrue(probe.problem().contains("device index 7 is out of range"), probe.problem());
    }

    @Test
    void createThrowsTheCoreExceptionWithTheFix() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> failingWith(OpenClUnavailableException.noPlatforms()).create());
        assertTrue(e.getMessage().startsWith("backend 'opencl' is unavailable: "), e.getMessage());
        assertTrue(e.getMessage().contains("pocl-opencl-icd"), e.getMessage());
    }

    @Test
    void theRealProbeNeverThrows() {
        // Whatever this machine has (no libOpenCL, no driver, PoCL, a GPU): a report, not an exception.
        BackendProbe probe = new OpenClBackendProvider().probe();
        if (probe.isAvailable()) {
            assertFalse(probe.devices().isEmpty());
        } else {
            assertFalse(probe.problem().isEmpty());
            assertFalse(probe.fix().isEmpty(), probe.problem());
        }
    }
}
