package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which failed builds {@link ProgramBuilder} tries again. */
class ProgramBuilderTest {

    @Test
    void onlyPoclsLostTemporaryFileIsTriedAgain() {
        // The log of the CI failure (zen-tools, -Pfull on Temurin 25), as PoCL wrote it.
        assertTrue(ProgramBuilder.lostCacheRace("error: <invalid loc>: unable to rename temporary"
                + " '/root/.cache/pocl-zen/zen-tools/tempfile_kJkiGv.preproc-8105a733.cl.tmp' to output file"
                + " '/root/.cache/pocl-zen/zen-tools/tempfile_kJkiGv.preproc.cl': 'No such file or directory'\n"
                + "Device pthread-haswell-AMD EPYC failed to build the program"));
        assertFalse(ProgramBuilder.lostCacheRace("<kernel>:3:5: error: use of undeclared identifier 'x'"),
                "a compile error is the source's, and would fail again");
        assertFalse(ProgramBuilder.lostCacheRace("error: unable to rename temporary 'a.tmp' to output file 'a':"
                + " 'Permission denied'"), "a cache the process may not write fails again");
        assertFalse(ProgramBuilder.lostCacheRace("(the compiler left no log)"));
    }
}
