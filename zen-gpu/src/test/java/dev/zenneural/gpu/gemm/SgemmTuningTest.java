package dev.zenneural.gpu.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.DeviceLimits;
import org.junit.jupiter.api.Test;

class SgemmTuningTest {

    @Test
    void buildOptionsNameEveryParameter() {
        SgemmTuning t = new SgemmTuning("t", 64, 32, 16, 16, 8, 4);
        assertEquals("-DMWG=64 -DNWG=32 -DKWG=16 -DMDIMC=16 -DNDIMC=8 -DVW=4", t.buildOptions(4));
        assertEquals("-DMWG=64 -DNWG=32 -DKWG=16 -DMDIMC=16 -DNDIMC=8 -DVW=1", t.buildOptions(1));
        assertEquals("t (MWG=64 NWG=32 KWG=16 MDIMC=16 NDIMC=8 VW=4)", t.describe());
        assertEquals(128, t.threads());
        assertEquals(4L * 16 * (65 + 33), t.localMemoryBytes());
    }

    @Test
    void setsTheKernelCannotRunAreRefused() {
        assertRule("VW must be 1, 2 or 4", () -> new SgemmTuning("t", 64, 64, 16, 16, 16, 3));
        assertRule("MWG must be a multiple of MDIMC", () -> new SgemmTuning("t", 60, 64, 16, 16, 16, 1));
        assertRule("NWG must be a multiple of NDIMC", () -> new SgemmTuning("t", 64, 60, 16, 16, 16, 1));
        assertRule("MWG, NWG and KWG must be multiples of VW", () -> new SgemmTuning("t", 64, 64, 6, 16, 16, 4));
        // 16 x 16 work-items loading a 16 x 2 tile of A: fewer values than work-items.
        assertRule("MWG * KWG must be a multiple", () -> new SgemmTuning("t", 16, 256, 2, 16, 16, 1));
        assertRule("KWG * NWG must be a multiple", () -> new SgemmTuning("t", 256, 16, 2, 16, 16, 1));
        assertRule("every size must be positive", () -> new SgemmTuning("t", 0, 64, 16, 16, 16, 1));
        assertRule("a tuning set needs a name", () -> new SgemmTuning(" ", 64, 64, 16, 16, 16, 1));
    }

    @Test
    void everyShippedSetIsValidAndNamedOnce() {
        assertEquals(SgemmTunings.shipped().size(),
                SgemmTunings.shipped().stream().map(SgemmTuning::name).distinct().count());
        assertEquals(SgemmTunings.GENERIC, SgemmTunings.shipped().get(SgemmTunings.shipped().size() - 1));
    }

    @Test
    void fitsComparesWorkGroupAndLocalMemory() {
        SgemmTuning t = SgemmTunings.NVIDIA_GPU;
        assertTrue(t.fits(new DeviceLimits(256, 48 * 1024)));
        assertFalse(t.fits(new DeviceLimits(128, 48 * 1024)), "256 work-items");
        assertFalse(t.fits(new DeviceLimits(1024, 16 * 1024)), "24.1 KiB of local memory");
    }

    @Test
    void parseReadsWhatDescribeShows() {
        SgemmTuning t = SgemmTuning.parse("try", "vw=2, MWG=64,NWG=128,KWG=32,MDIMC=8,NDIMC=16");
        assertEquals(new SgemmTuning("try", 64, 128, 32, 8, 16, 2), t);
        assertRule("KWG is missing", () -> SgemmTuning.parse("x", "MWG=64,NWG=64,MDIMC=16,NDIMC=16,VW=1"));
        assertRule("'TILE=4' is not one of", () -> SgemmTuning.parse("x", "TILE=4"));
        assertRule("'VW=four' is not a whole number", () -> SgemmTuning.parse("x", "VW=four"));
    }

    private static void assertRule(String start, org.junit.jupiter.api.function.Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
