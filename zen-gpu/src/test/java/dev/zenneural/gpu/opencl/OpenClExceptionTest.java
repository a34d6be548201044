package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jocl.CLException;
import org.junit.jupiter.api.Test;

class OpenClExceptionTest {

    @Test
    void messageNamesTheCallAndTheStatus() {
        OpenClException e = new OpenClException("clEnqueueNDRangeKernel", -5);
        assertEquals("clEnqueueNDRangeKernel failed: CL_OUT_OF_RESOURCES (-5)", e.getMessage());
        assertEquals("clEnqueueNDRangeKernel", e.call());
        assertEquals(-5, e.status());
        assertEquals("CL_OUT_OF_RESOURCES", e.statusName());
    }

    @Test
    void detailFollowsOnItsOwnLine() {
        OpenClException e = new OpenClException("clBuildProgram", -11, "build log:\nerror: x", null);
        assertEquals("clBuildProgram failed: CL_BUILD_PROGRAM_FAILURE (-11)\nbuild log:\nerror: x", e.getMessage());
    }

    @Test
    void runRejectsAFailingStatus() {
        OpenClException e = assertThrows(OpenClException.class, () -> Cl.run("clFinish", () -> -36));
        assertEquals("clFinish failed: CL_INVALID_COMMAND_QUEUE (-36)", e.getMessage());
    }

    @Test
    void runAcceptsSuccess() {
        Cl.run("clFinish", () -> ClStatus.SUCCESS);
    }

    @Test
    void callNamesTheCallThatJoclFailed() {
        CLException jocl = new CLException("CL_MEM_OBJECT_ALLOCATION_FAILURE", -4);
        OpenClException e = assertThrows(OpenClException.class, () -> Cl.call("clCreateBuffer", () -> {
            throw jocl;
        }));
        assertEquals("clCreateBuffer", e.call());
        assertEquals("CL_MEM_OBJECT_ALLOCATION_FAILURE", e.statusName());
        assertSame(jocl, e.getCause());
    }
}
