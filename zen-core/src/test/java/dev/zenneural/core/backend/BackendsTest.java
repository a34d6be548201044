package dev.zenneural.core.backend;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {

    @Test
    void cpuIsFoundThroughServiceLoader() {
        List<BackendProvider> providers = Backends.providers();
        assertTrue(providers.stream().anyMatch(p -> p instanceof CpuBackendProvider), providers.toString());
        BackendProbe probe = new CpuBackendProvider().probe();
        assertTrue(probe.isAvailable());
        assertEquals(1, probe.devices().size());
    }

    @Test
    void cpuBackendMultipliesTensors() {
        try (ComputeBackend cpu = Backends.create("CPU")) {
            Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
            Tensor b = Tensor.of(new float[] {1, 0, 0, 1, 1, 1}, 3, 2);
            Tensor c = Tensor.zeros(2, 2);
            cpu.gemm(false, false, 1f, a, b, 0f, c);
            assertClose(new float[] {4, 5, 10, 11}, c.data(), 0, "A*B");
            Tensor ct = Tensor.zeros(3, 3);
            cpu.gemm(true, false, 1f, a, a, 0f, ct);
            assertClose(new float[] {17, 22, 27, 22, 29, 36, 27, 36, 45}, ct.data(), 0, "A'*A");
        }
    }

    @Test
    void aBackendOnTheCallingThreadComputesTheSameBits() {
        try (CpuBackend shared = new CpuBackend(); CpuBackend alone = CpuBackend.onCallingThread()) {
            assertEquals(CpuBackend.NAME, alone.name());
            java.util.SplittableRandom random = new java.util.SplittableRandom(5);
            Tensor a = Tensor.zeros(300, 120);
            Tensor b = Tensor.zeros(120, 80);
            for (float[] data : new float[][] {a.data(), b.data()}) {
                for (int i = 0; i < data.length; i++) {
                    data[i] = (float) random.nextDouble(-1, 1);
                }
            }
            Tensor c1 = Tensor.zeros(300, 80);
            Tensor c2 = Tensor.zeros(300, 80);
            shared.gemm(false, false, 1f, a, b, 0f, c1);
            alone.gemm(false, false, 1f, a, b, 0f, c2);
            assertClose(c1.data(), c2.data(), 0, "the calling thread's product");
        }
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        try (ComputeBackend cpu = new CpuBackend()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> cpu.gemm(false, false, 1f, Tensor.zeros(2, 3), Tensor.zeros(2, 2), 0f, Tensor.zeros(2, 2)));
            assertEquals("cannot multiply op(A) 2x3 by op(B) 2x2: inner sizes differ", e.getMessage());
        }
    }

    @Test
    void unknownBackendListsWhatExists() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> Backends.create("tpu"));
        assertTrue(e.getMessage().startsWith("no backend named 'tpu'; found: "), e.getMessage());
        assertTrue(e.getMessage().contains("cpu"), e.getMessage());
    }
}
