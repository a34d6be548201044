package dev.zenneural.gpu.opencl;

import static org.jocl.CL.CL_DEVICE_SINGLE_FP_CONFIG;
import static org.jocl.CL.CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;

/**
 * How zen's programs ask a device to round float division and square root as Java does. OpenCL C
 * allows {@code x / y} to be 2.5 ulp off and {@code sqrt} 3 ulp unless the program is built with
 * {@code -cl-fp32-correctly-rounded-divide-sqrt}, which a device may refuse unless it reports
 * {@code CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT}. NVIDIA's driver takes the short way by default: on
 * an H100 Adam's running mean ({@code g = slope / pairs}) came out one ulp from zen-core's.
 */
final class FloatRounding {

    /** The build option, kept as OpenCL spells it. */
    static final String CORRECTLY_ROUNDED = "-cl-fp32-correctly-rounded-divide-sqrt";

    private FloatRounding() {
    }

    /**
     * The build option that makes division and square root correctly rounded on a device.
     *
     * @param device the device
     * @return {@link #CORRECTLY_ROUNDED} where the device reports it can, else the empty string
     * @throws OpenClException if the device cannot be queried
     */
    static String buildOption(cl_device_id device) {
        long[] config = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_SINGLE_FP_CONFIG, Sizeof.cl_ulong,
                Pointer.to(config), null));
        return (config[0] & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) != 0 ? CORRECTLY_ROUNDED : "";
    }
}
