package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenClUnavailableExceptionTest {

    /** What JOCL 2.0.5 throws the first time when libOpenCL.so is missing. */
    private static final String JOCL_NO_LIBRARY =
            "Could not initialize native OpenCL library. Implementation library could not be loaded";

    @Test
    void missingLibOpenClSaysWhatToInstall() {
        OpenClUnavailableException e = OpenClUnavailableException.libraryMissing(
                new UnsatisfiedLinkError(JOCL_NO_LIBRARY));
        assertTrue(e.problem().contains("libOpenCL.so"), e.problem());
        assertTrue(e.fix().contains("apt-get install ocl-icd-opencl-dev pocl-opencl-icd"), e.fix());
        assertTrue(e.getMessage().contains(e.fix()), e.getMessage());
    }

    @Test
    void laterUsesOfTheBrokenClassAreDiagnosedTheSameWay() {
        // After a failed static initializer the JVM reports only this, with the first error as cause.
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class org.jocl.CL");
        later.initCause(new ExceptionInInitializerError("Exception java.lang.UnsatisfiedLinkError: "
                + JOCL_NO_LIBRARY + " [in thread \"main\"]"));
        OpenClUnavailableException e = OpenClUnavailableException.libraryMissing(later);
        assertTrue(e.problem().contains("libOpenCL.so"), e.problem());
        assertTrue(e.problem().contains("Could not initialize class org.jocl.CL"), e.problem());
    }

    @Test
    void missingJoclJarIsNamed() {
        OpenClUnavailableException e = OpenClUnavailableException.libraryMissing(
                new NoClassDefFoundError("org/jocl/CL"));
        assertTrue(e.problem().startsWith("JOCL is not on the class path"), e.problem());
        assertTrue(e.fix().contains("org.jocl:jocl"), e.fix());
    }

    @Test
    void otherLinkFailuresBlameJoclsOwnNativeLibrary() {
        OpenClUnavailableException e = OpenClUnavailableException.libraryMissing(
                new UnsatisfiedLinkError("Error while loading native library \"JOCL_2_0_5-linux-x86_64\""));
        assertTrue(e.problem().startsWith("JOCL's native library could not be loaded"), e.problem());
        assertTrue(e.fix().contains("java.io.tmpdir"), e.fix());
    }

    @Test
    void noPlatformsNamesTheLoadersStatusAndTheFix() {
        OpenClUnavailableException e = OpenClUnavailableException.noPlatforms();
        assertTrue(e.problem().contains("CL_PLATFORM_NOT_FOUND_KHR"), e.problem());
        assertTrue(e.fix().contains("pocl-opencl-icd"), e.fix());
    }

    @Test
    void noDevicesNamesThePlatforms() {
        OpenClUnavailableException e = OpenClUnavailableException.noDevices(List.of("Vendor A", "Vendor B"));
        assertTrue(e.problem().contains("Vendor A, Vendor B"), e.problem());
        assertEquals(e.problem() + " (fix: " + e.fix() + ")", e.getMessage());
    }
}
