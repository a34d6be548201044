package dev.zenneural.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.DeviceType;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import dev.zenneural.gpu.opencl.OpenClUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceSelectorTest {

    static OpenClDeviceInfo device(String name, DeviceType type) {
        return new OpenClDeviceInfo(name, "vendor", type, 8, 1L << 30, "OpenCL 3.0", "platform");
    }

    private static final List<OpenClDeviceInfo> CPU_THEN_GPUS = List.of(
            device("pthread-AMD EPYC 9654", DeviceType.CPU),
            device("NVIDIA H100 80GB HBM3", DeviceType.GPU),
            device("NVIDIA L4", DeviceType.GPU));

    @Test
    void withoutARequestTheFirstGpuWins() {
        assertEquals(1, DeviceSelector.select(CPU_THEN_GPUS, null));
        assertEquals(1, DeviceSelector.select(CPU_THEN_GPUS, "  "));
    }

    @Test
    void withoutAGpuTheFirstDeviceWins() {
        List<OpenClDeviceInfo> cpus = List.of(device("cpu 0", DeviceType.CPU), device("cpu 1", DeviceType.CPU));
        assertEquals(0, DeviceSelector.select(cpus, null));
    }

    @Test
    void aNumberIsAnIndex() {
        assertEquals(0, DeviceSelector.select(CPU_THEN_GPUS, "0"));
        assertEquals(2, DeviceSelector.select(CPU_THEN_GPUS, " 2 "));
    }

    @Test
    void textIsAPartOfTheNameIgnoringCase() {
        assertEquals(2, DeviceSelector.select(CPU_THEN_GPUS, "l4"));
        assertEquals(0, DeviceSelector.select(CPU_THEN_GPUS, "epyc"));
        assertEquals(1, DeviceSelector.select(CPU_THEN_GPUS, "nvidia"));
    }

    @Test
    void anIndexOutOfRangeListsTheDevices() {
        OpenClUnavailableException e = assertThrows(OpenClUnavailableException.class,
                () -> DeviceSelector.select(CPU_THEN_GPUS, "3"));
        assertTrue(e.problem().contains("device index 3 is out of range"), e.problem());
        assertTrue(e.problem().contains("2: NVIDIA L4"), e.problem());
        assertTrue(e.fix().contains("from 0 to 2"), e.fix());
        assertThrows(OpenClUnavailableException.class,
                () -> DeviceSelector.select(CPU_THEN_GPUS, "99999999999999999999"));
    }

    @Test
    void aNameThatMatchesNothingSaysSo() {
        OpenClUnavailableException e = assertThrows(OpenClUnavailableException.class,
                () -> DeviceSelector.select(CPU_THEN_GPUS, "-1"));
        assertTrue(e.problem().contains("no device name contains '-1'"), e.problem());
        assertTrue(e.problem().startsWith(DeviceSelector.PROPERTY + " / " + DeviceSelector.ENV), e.problem());
    }

    @Test
    void noDevicesAtAllIsUnavailable() {
        assertThrows(OpenClUnavailableException.class, () -> DeviceSelector.select(List.of(), null));
    }
}
