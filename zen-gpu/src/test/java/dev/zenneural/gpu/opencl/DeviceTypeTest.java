package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceTypeTest {

    @Test
    void readsTheTypeBitsOfClH() {
        assertEquals(DeviceType.CPU, DeviceType.fromBits(2));
        assertEquals(DeviceType.GPU, DeviceType.fromBits(4));
        assertEquals(DeviceType.ACCELERATOR, DeviceType.fromBits(8));
        assertEquals(DeviceType.OTHER, DeviceType.fromBits(16));
    }

    @Test
    void theDefaultBitDoesNotHideTheKind() {
        assertEquals(DeviceType.GPU, DeviceType.fromBits(1 | 4));
        assertEquals(DeviceType.CPU, DeviceType.fromBits(1 | 2));
    }
}
