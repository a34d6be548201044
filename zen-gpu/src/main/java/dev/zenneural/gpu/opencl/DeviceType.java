package dev.zenneural.gpu.opencl;

/** The kind of an OpenCL device, from its {@code CL_DEVICE_TYPE} bits. */
public enum DeviceType {
    /** A graphics processor. */
    GPU,
    /** The host's processor, e.g. PoCL. */
    CPU,
    /** A dedicated accelerator (FPGA, DSP, ...). */
    ACCELERATOR,
    /** Anything else (custom devices). */
    OTHER;

    // The CL_DEVICE_TYPE_* bits of cl.h, kept here so that parsing needs no native library.
    private static final long CL_CPU = 1L << 1;
    private static final long CL_GPU = 1L << 2;
    private static final long CL_ACCELERATOR = 1L << 3;

    /**
     * The type a device reports; a GPU wins over the other bits, since a device may also carry
     * {@code CL_DEVICE_TYPE_DEFAULT}.
     *
     * @param bits the device's {@code CL_DEVICE_TYPE} value
     * @return its kind
     */
    public static DeviceType fromBits(long bits) {
        if ((bits & CL_GPU) != 0) {
            return GPU;
        }
        if ((bits & CL_CPU) != 0) {
            return CPU;
        }
        if ((bits & CL_ACCELERATOR) != 0) {
            return ACCELERATOR;
        }
        return OTHER;
    }
}
