package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.GpuDevices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Buffers, transfers and the live-buffer count of a context on a real platform. */
@Tag("gpu")
class DeviceContextGpuTest {

    @Test
    void buffersRoundTripAndAreCountedWhileOpen() {
        try (DeviceContext context = new DeviceContext(GpuDevices.selected())) {
            DeviceBuffer a = context.upload(new float[] {1, 2, 3, 4, 5});
            try (DeviceBuffer b = context.allocate(7)) {
                assertEquals(2, context.liveBuffers());
                context.fill(b, -1f);
                context.copy(a, 1, b, 3, 3);
                float[] back = new float[7];
                context.read(b, back);
                assertArrayEquals(new float[] {-1, -1, -1, 2, 3, 4, -1}, back);
                a.close();
                assertEquals(1, context.liveBuffers(), "a closed buffer is no longer counted");
                a.close();
                assertEquals(1, context.liveBuffers(), "a second close does not count twice");
            }
            assertEquals(0, context.liveBuffers());
        }
    }

    @Test
    void transfersOutsideABufferAreRefusedBeforeTheDeviceSeesThem() {
        try (DeviceContext context = new DeviceContext(GpuDevices.selected());
                DeviceBuffer a = context.allocate(4)) {
            assertThrows(IllegalArgumentException.class, () -> context.read(a, new float[5]));
            assertThrows(IllegalArgumentException.class, () -> context.copy(a, 2, a, 0, 3));
            assertThrows(IllegalArgumentException.class, () -> context.allocate(0));
        }
    }

    @Test
    void closingWithABufferOpenIsReportedAsALeak() {
        DeviceContext context = new DeviceContext(GpuDevices.selected());
        DeviceBuffer leaked = context.allocate(3);

        IllegalStateException e = assertThrows(IllegalStateException.class, context::close);

        assertTrue(e.getMessage().contains("1 device buffer(s) still open"), e.getMessage());
        leaked.close();
        assertEquals(0, context.liveBuffers());
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> context.allocate(1));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void aClosedBufferCannotBeUsed() {
        try (DeviceContext context = new DeviceContext(GpuDevices.selected())) {
            DeviceBuffer buffer = context.allocate(2);
            buffer.close();
            assertThrows(IllegalStateException.class, () -> context.read(buffer, new float[2]));
        }
    }
}
