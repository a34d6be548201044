package dev.zenneural.gpu.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClStatusTest {

    @Test
    void namesCodesAsTheHeadersDo() {
        assertEquals("CL_SUCCESS", ClStatus.name(0));
        assertEquals("CL_DEVICE_NOT_FOUND", ClStatus.name(-1));
        assertEquals("CL_OUT_OF_RESOURCES", ClStatus.name(-5));
        assertEquals("CL_BUILD_PROGRAM_FAILURE", ClStatus.name(-11));
        assertEquals("CL_INVALID_WORK_GROUP_SIZE", ClStatus.name(-54));
        assertEquals("CL_MAX_SIZE_RESTRICTION_EXCEEDED", ClStatus.name(-72));
        assertEquals("CL_PLATFORM_NOT_FOUND_KHR", ClStatus.name(-1001));
    }

    @Test
    void unknownCodesStillSayWhatTheyAre() {
        assertEquals("unknown OpenCL status -9999", ClStatus.name(-9999));
        assertEquals("unknown OpenCL status -25", ClStatus.name(-25));
    }

    @Test
    void describeGivesNameAndNumber() {
        assertEquals("CL_OUT_OF_RESOURCES (-5)", ClStatus.describe(-5));
    }
}
