package dev.zenneural.gpu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kernel source travels in the jar: checked here so that a machine without OpenCL notices too. */
class KernelSourceTest {

    @Test
    void sgemmSourceDefinesEveryTransposeVariant() {
        String source = OpenClBackend.kernelSource("sgemm.cl");
        for (String kernel : new String[] {"sgemm_nn", "sgemm_nt", "sgemm_tn", "sgemm_tt"}) {
            assertTrue(source.contains("SGEMM_KERNEL(" + kernel + ","), kernel);
        }
    }

    @Test
    void aMissingSourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenClBackend.kernelSource("nothing.cl"));
        assertTrue(e.getMessage().contains("nothing.cl"), e.getMessage());
    }
}
