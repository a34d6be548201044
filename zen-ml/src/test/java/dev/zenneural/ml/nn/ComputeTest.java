package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.backend.ComputeBackend;
import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.core.tensor.Tensor;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The layers' products go through the compute-backend SPI, including its copying default path. */
class ComputeTest {

    /** A backend that only implements the tensor product, so the SPI's default offset path runs. */
    private static final class TensorOnly implements ComputeBackend {
        int calls;
        private final CpuBackend cpu = new CpuBackend();

        @Override
        public String name() {
            return "tensor-only";
        }

        @Override
        public String deviceDescription() {
            return "test";
        }

        @Override
        public void gemm(boolean transA, boolean transB, float alpha, Tensor a, Tensor b, float beta, Tensor c) {
            calls++;
            cpu.gemm(transA, transB, alpha, a, b, beta, c);
        }

        @Override
        public void close() {
        }
    }

    private static float[] trainStep(ComputeBackend backend) {
        ComputeBackend before = Compute.use(backend);
        try {
            SplittableRandom r = new SplittableRandom(2);
            Sequential net = new Sequential(List.of(new Linear(5, 4, r), new Relu(4), new Linear(4, 3, r)));
            float[] x = new float[7 * 5];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) Math.sin(i);
            }
            float[] out = net.forward(x, 7).clone();
            float[] grad = new float[7 * 3];
            java.util.Arrays.fill(grad, 0.5f);
            float[] gradIn = net.backward(grad, 7);
            float[] all = java.util.Arrays.copyOf(out, out.length + 7 * 5);
            System.arraycopy(gradIn, 0, all, out.length, 7 * 5);
            return all;
        } finally {
            Compute.use(before);
        }
    }

    @Test
    void productsGoThroughTheChosenBackendWithTheSameResults() {
        TensorOnly backend = new TensorOnly();
        float[] through = trainStep(backend);
        assertEquals(6, backend.calls, "2 layers: one product forward, two backward each");
        assertArrayEquals(trainStep(null), through);
        assertTrue(Compute.backend() != backend, "the override ends with the block");
    }
}
