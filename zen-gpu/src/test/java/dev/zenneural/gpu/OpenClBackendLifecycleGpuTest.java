package dev.zenneural.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.BackendProbe;
import dev.zenneural.core.backend.Backends;
import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.train.DeviceTrainingRun;
import dev.zenneural.core.nn.train.ErrorFunction;
import dev.zenneural.core.nn.train.Pairs;
import dev.zenneural.core.nn.train.Rprop;
import dev.zenneural.core.tensor.Tensor;
import dev.zenneural.gpu.opencl.ClStatus;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.OpenClException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Creating, failing to build and closing backends on a real platform. */
@Tag("gpu")
class OpenClBackendLifecycleGpuTest {

    @Test
    void probeFindsTheDevices() {
        BackendProbe probe = new OpenClBackendProvider().probe();
        assertTrue(probe.isAvailable(), probe.problem() + " / " + probe.fix());
        assertEquals(1, probe.devices().stream().filter(d -> d.endsWith("(selected)")).count(), probe.devices()::toString);
    }

    @Test
    void backendsCreatesItByName() {
        try (ComputeBackend backend = Backends.create("opencl")) {
            assertTrue(backend instanceof OpenClBackend);
            assertEquals("opencl", backend.name());
            assertFalse(backend.deviceDescription().isEmpty());
        }
    }

    @Test
    void aBrokenKernelFailsWithTheCompilersLog() {
        String broken = "__kernel void broken(__global float* x) { x[0] = zen_undeclared_symbol; }";

        OpenClException e;
        try (DeviceContext context = new DeviceContext(GpuDevices.selected())) {
            e = assertThrows(OpenClException.class, () -> context.program("broken.cl", broken, ""));
        }

        assertEquals("clBuildProgram", e.call());
        assertEquals(ClStatus.BUILD_PROGRAM_FAILURE, e.status());
        assertTrue(e.getMessage().startsWith("clBuildProgram failed: CL_BUILD_PROGRAM_FAILURE (-11)\nbuild log:\n"),
                e.getMessage());
        assertTrue(e.getMessage().contains("zen_undeclared_symbol"), e.getMessage());
    }

    @Test
    void closeReleasesEveryObjectOnce() {
        OpenClBackend backend = new OpenClBackend(GpuDevices.selected());
        int kernels = backend.openKernels();
        assertTrue(kernels >= 4, "the four transpose variants: " + kernels);

        Tensor c = Tensor.zeros(3, 3);
        backend.gemm(false, false, 1f, Tensor.of(new float[] {1, 2, 3}, 3, 1), Tensor.of(new float[] {1, 1, 1}, 1, 3),
                0f, c);
        assertEquals(0, backend.liveBuffers(), "a gemm call releases its buffers");
        assertEquals(3f, c.get(2, 0));

        backend.close();
        assertEquals(0, backend.openKernels());
        backend.close();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> backend.gemm(false, false, 1f, Tensor.zeros(1, 1), Tensor.zeros(1, 1), 0f, Tensor.zeros(1, 1)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void closingTheBackendWithATrainingRunOpenIsReportedAsALeak() {
        Network net = Network.builder().layers(2, 2, 1).hiddenActivation(ActivationFunction.SIGMOID)
                .outputActivation(ActivationFunction.SIGMOID).build();
        Pairs pairs = new Pairs(new float[] {0, 1}, new float[] {1}, 1);
        OpenClBackend backend = new OpenClBackend(GpuDevices.selected());
        backend.start(net.topology(), net.weights(), pairs, Rprop.defaults(), ErrorFunction.TANH, 0.35f).close();
        DeviceTrainingRun open = backend.start(net.topology(), net.weights(), pairs, Rprop.defaults(),
                ErrorFunction.TANH, 0.35f);

        IllegalStateException e = assertThrows(IllegalStateException.class, backend::close);

        assertTrue(e.getMessage().contains("still open"), e.getMessage());
        open.close();
        assertThrows(IllegalStateException.class, () -> backend.start(net.topology(), net.weights(), pairs,
                Rprop.defaults(), ErrorFunction.TANH, 0.35f));
    }

    @Test
    void manyBackendsCanBeOpenedAndClosed() {
        // Leaked contexts exhaust a driver quickly; twenty round trips would fail on most if close leaked.
        for (int i = 0; i < 20; i++) {
            new OpenClBackend(GpuDevices.selected()).close();
        }
    }
}
