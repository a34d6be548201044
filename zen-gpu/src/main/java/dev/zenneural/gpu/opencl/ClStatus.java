package dev.zenneural.gpu.opencl;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Names of OpenCL status codes ({@code -5} is {@code CL_OUT_OF_RESOURCES}).
 *
 * <p>JOCL has {@code CL.stringFor_errorCode}, but touching {@code org.jocl.CL} loads the native
 * library; this table also names codes where that library is missing, which is exactly when a
 * readable diagnosis matters most.
 */
public final class ClStatus {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            entry(0, "CL_SUCCESS"),
            entry(-1, "CL_DEVICE_NOT_FOUND"),
            entry(-2, "CL_DEVICE_NOT_AVAILABLE"),
            entry(-3, "CL_COMPILER_NOT_AVAILABLE"),
            entry(-4, "CL_MEM_OBJECT_ALLOCATION_FAILURE"),
            entry(-5, "CL_OUT_OF_RESOURCES"),
            entry(-6, "CL_OUT_OF_HOST_MEMORY"),
            entry(-7, "CL_PROFILING_INFO_NOT_AVAILABLE"),
            entry(-8, "CL_MEM_COPY_OVERLAP"),
            entry(-9, "CL_IMAGE_FORMAT_MISMATCH"),
            entry(-10, "CL_IMAGE_FORMAT_NOT_SUPPORTED"),
            entry(-11, "CL_BUILD_PROGRAM_FAILURE"),
            entry(-12, "CL_MAP_FAILURE"),
            entry(-13, "CL_MISALIGNED_SUB_BUFFER_OFFSET"),
            entry(-14, "CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST"),
            entry(-15, "CL_COMPILE_PROGRAM_FAILURE"),
            entry(-16, "CL_LINKER_NOT_AVAILABLE"),
            entry(-17, "CL_LINK_PROGRAM_FAILURE"),
            entry(-18, "CL_DEVICE_PARTITION_FAILED"),
            entry(-19, "CL_KERNEL_ARG_INFO_NOT_AVAILABLE"),
            entry(-30, "CL_INVALID_VALUE"),
            entry(-31, "CL_INVALID_DEVICE_TYPE"),
            entry(-32, "CL_INVALID_PLATFORM"),
            entry(-33, "CL_INVALID_DEVICE"),
            entry(-34, "CL_INVALID_CONTEXT"),
            entry(-35, "CL_INVALID_QUEUE_PROPERTIES"),
            entry(-36, "CL_INVALID_COMMAND_QUEUE"),
            entry(-37, "CL_INVALID_HOST_PTR"),
            entry(-38, "CL_INVALID_MEM_OBJECT"),
            entry(-39, "CL_INVALID_IMAGE_FORMAT_DESCRIPTOR"),
            entry(-40, "CL_INVALID_IMAGE_SIZE"),
            entry(-41, "CL_INVALID_SAMPLER"),
            entry(-42, "CL_INVALID_BINARY"),
            entry(-43, "CL_INVALID_BUILD_OPTIONS"),
            entry(-44, "CL_INVALID_PROGRAM"),
            entry(-45, "CL_INVALID_PROGRAM_EXECUTABLE"),
            entry(-46, "CL_INVALID_KERNEL_NAME"),
            entry(-47, "CL_INVALID_KERNEL_DEFINITION"),
            entry(-48, "CL_INVALID_KERNEL"),
            entry(-49, "CL_INVALID_ARG_INDEX"),
            entry(-50, "CL_INVALID_ARG_VALUE"),
            entry(-51, "CL_INVALID_ARG_SIZE"),
            entry(-52, "CL_INVALID_KERNEL_ARGS"),
            entry(-53, "CL_INVALID_WORK_DIMENSION"),
            entry(-54, "CL_INVALID_WORK_GROUP_SIZE"),
            entry(-55, "CL_INVALID_WORK_ITEM_SIZE"),
            entry(-56, "CL_INVALID_GLOBAL_OFFSET"),
            entry(-57, "CL_INVALID_EVENT_WAIT_LIST"),
            entry(-58, "CL_INVALID_EVENT"),
            entry(-59, "CL_INVALID_OPERATION"),
            entry(-60, "CL_INVALID_GL_OBJECT"),
            entry(-61, "CL_INVALID_BUFFER_SIZE"),
            entry(-62, "CL_INVALID_MIP_LEVEL"),
            entry(-63, "CL_INVALID_GLOBAL_WORK_SIZE"),
            entry(-64, "CL_INVALID_PROPERTY"),
            entry(-65, "CL_INVALID_IMAGE_DESCRIPTOR"),
            entry(-66, "CL_INVALID_COMPILER_OPTIONS"),
            entry(-67, "CL_INVALID_LINKER_OPTIONS"),
            entry(-68, "CL_INVALID_DEVICE_PARTITION_COUNT"),
            entry(-69, "CL_INVALID_PIPE_SIZE"),
            entry(-70, "CL_INVALID_DEVICE_QUEUE"),
            entry(-71, "CL_INVALID_SPEC_ID"),
            entry(-72, "CL_MAX_SIZE_RESTRICTION_EXCEEDED"),
            entry(-1000, "CL_INVALID_GL_SHAREGROUP_REFERENCE_KHR"),
            entry(-1001, "CL_PLATFORM_NOT_FOUND_KHR"));

    /** The status returned by a call that succeeded. */
    public static final int SUCCESS = 0;
    /** {@code clGetDeviceIDs} found no device of the asked type. */
    public static final int DEVICE_NOT_FOUND = -1;
    /** {@code clBuildProgram} failed; the build log says why. */
    public static final int BUILD_PROGRAM_FAILURE = -11;
    /** The ICD loader found no platform (no vendor driver registered). */
    public static final int PLATFORM_NOT_FOUND_KHR = -1001;

    private ClStatus() {
    }

    /**
     * The symbolic name of a status code, e.g. {@code CL_OUT_OF_RESOURCES} for {@code -5}.
     *
     * @param status a status returned by an OpenCL call
     * @return the name from the OpenCL headers, or {@code "unknown OpenCL status <code>"}
     */
    public static String name(int status) {
        String name = NAMES.get(status);
        return name != null ? name : "unknown OpenCL status " + status;
    }

    /**
     * The name and the number, for messages: {@code CL_OUT_OF_RESOURCES (-5)}.
     *
     * @param status a status returned by an OpenCL call
     * @return the name followed by the code in parentheses
     */
    public static String describe(int status) {
        return name(status) + " (" + status + ")";
    }
}
