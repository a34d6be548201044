package dev.zenneural.gpu.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.KernelSource;
import org.junit.jupiter.api.Test;

/** {@code dense.cl}, {@code loss.cl} and the Java side agree; checked without a device. */
class DenseSourceTest {

    private static final String DENSE = KernelSource.read(DenseKernels.class, "dense.cl");
    private static final String LOSS = KernelSource.read(DeviceLoss.class, "loss.cl");

    @Test
    void theLossCodesAreTheJavaSides() {
        assertTrue(LOSS.contains("#define LOSS_MAE " + DeviceLoss.LOSS_MAE + "\n"), "MAE's code");
        assertTrue(LOSS.contains("#define LOSS_MSE " + DeviceLoss.LOSS_MSE + "\n"), "MSE's code");
        assertTrue(LOSS.contains("#define LOSS_HUBER " + DeviceLoss.LOSS_HUBER + "\n"), "Huber's code");
        assertTrue(LOSS.contains("#define LOSS_SMAPE " + DeviceLoss.LOSS_SMAPE + "\n"), "sMAPE's code");
        assertTrue(LOSS.contains("#define LOSS_MAPE " + DeviceLoss.LOSS_MAPE + "\n"), "MAPE's code");
        assertTrue(LOSS.contains("#define LOSS_QUANTILE " + DeviceLoss.LOSS_QUANTILE + "\n"), "the quantile code");
    }

    @Test
    void noFusedMultiplyAdds() {
        // Java has none: contracting a * b + c into one rounding would change the results.
        assertTrue(DENSE.contains("#pragma OPENCL FP_CONTRACT OFF"), "dense.cl");
        assertTrue(LOSS.contains("#pragma OPENCL FP_CONTRACT OFF"), "loss.cl");
    }
}
