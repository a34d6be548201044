package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.KernelSource;
import org.junit.jupiter.api.Test;

/** {@code dense.cl} and the Java side agree on the loss codes; checked without a device. */
class DenseSourceTest {

    private static final String SOURCE = KernelSource.read(DenseKernels.class, "dense.cl");

    @Test
    void theLossCodesAreTheJavaSides() {
        assertTrue(SOURCE.contains("#define LOSS_MAE " + DenseKernels.LOSS_MAE + "\n"), "MAE's code");
        assertTrue(SOURCE.contains("#define LOSS_MSE " + DenseKernels.LOSS_MSE + "\n"), "MSE's code");
        assertTrue(SOURCE.contains("#pragma OPENCL FP_CONTRACT OFF"), "no fused multiply-adds: Java has none");
    }
}
