package dev.zenneural.gpu.gemm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.KernelSource;
import org.junit.jupiter.api.Test;

/** The kernel sources travel in the jar: checked here so that a machine without OpenCL notices too. */
class KernelSourceTest {

    @Test
    void bothSgemmSourcesDefineEveryTransposeVariant() {
        String simple = KernelSource.read(DeviceSgemm.class, "sgemm.cl");
        String tuned = KernelSource.read(DeviceSgemm.class, "xgemm.cl");
        for (String variant : new String[] {"nn", "nt", "tn", "tt"}) {
            assertTrue(simple.contains("SGEMM_KERNEL(sgemm_" + variant + ","), variant);
            assertTrue(tuned.contains("XGEMM_KERNEL(xgemm_" + variant + ","), variant);
        }
    }

    @Test
    void theTunedSourceReadsEveryParameterOfATuningSet() {
        String tuned = KernelSource.read(DeviceSgemm.class, "xgemm.cl");
        for (String option : SgemmTunings.GENERIC.buildOptions(1).split(" ")) {
            String name = option.substring(2, option.indexOf('='));
            assertTrue(tuned.contains("defined(" + name + ")"), name);
        }
    }

    @Test
    void aMissingSourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSource.read(DeviceSgemm.class, "nothing.cl"));
        assertTrue(e.getMessage().contains("nothing.cl"), e.getMessage());
    }
}
