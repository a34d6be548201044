package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClResourcesTest {

    private final List<String> released = new ArrayList<>();

    private int release(String handle) {
        released.add(handle);
        return handle.startsWith("bad") ? -38 : ClStatus.SUCCESS;
    }

    @Test
    void releasesNewestFirstAndOnlyOnce() {
        ClResources resources = new ClResources();
        assertEquals("context", resources.add("context", "clReleaseContext", this::release));
        resources.add("program", "clReleaseProgram", this::release);
        resources.add("kernel", "clReleaseKernel", this::release);
        assertEquals(3, resources.size());

        resources.close();
        resources.close();

        assertEquals(List.of("kernel", "program", "context"), released);
        assertEquals(0, resources.size());
    }

    @Test
    void aFailedReleaseDoesNotStopTheOthers() {
        ClResources resources = new ClResources();
        resources.add("context", "clReleaseContext", this::release);
        resources.add("bad buffer", "clReleaseMemObject", this::release);
        resources.add("bad kernel", "clReleaseKernel", this::release);

        OpenClException e = assertThrows(OpenClException.class, resources::close);

        assertEquals(List.of("bad kernel", "bad buffer", "context"), released);
        assertEquals("clReleaseKernel", e.call());
        assertEquals("CL_INVALID_MEM_OBJECT", e.statusName());
        assertEquals(1, e.getSuppressed().length);
        assertEquals(0, resources.size());
    }
}
