package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("gpu")
class OpenClDiscoveryGpuTest {

    @Test
    void findsAPlatformWithDevices() {
        List<OpenClPlatform> platforms = OpenClDiscovery.platforms();
        assertFalse(platforms.isEmpty());
        for (OpenClPlatform platform : platforms) {
            assertFalse(platform.name().isEmpty());
            assertTrue(platform.version().startsWith("OpenCL "), platform.version());
        }
        assertTrue(platforms.stream().anyMatch(p -> !p.devices().isEmpty()), platforms.toString());
    }

    @Test
    void devicesDescribeThemselves() {
        List<OpenClDevice> devices = OpenClDiscovery.devices();
        assertFalse(devices.isEmpty());
        for (OpenClDevice device : devices) {
            OpenClDeviceInfo info = device.info();
            assertFalse(info.name().isEmpty(), info.toString());
            assertFalse(info.vendor().isEmpty(), info.toString());
            assertTrue(info.computeUnits() > 0, info.toString());
            assertTrue(info.globalMemoryBytes() > 0, info.toString());
            assertTrue(info.openClVersion().startsWith("OpenCL "), info.openClVersion());
            assertTrue(info.describe().startsWith(info.name() + " ("), info.describe());
        }
    }
}
