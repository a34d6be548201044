package dev.zenneural.gpu.opencl;

import java.util.List;
import org.jocl.cl_platform_id;

/**
 * An OpenCL platform (one installed driver) and its devices.
 *
 * @param id the platform
 * @param name the platform's name, e.g. "Portable Computing Language"
 * @param vendor the platform's vendor
 * @param version the OpenCL version it implements, e.g. "OpenCL 3.0 PoCL 3.1"
 * @param devices its devices; may be empty
 */
public record OpenClPlatform(cl_platform_id id, String name, String vendor, String version,
        List<OpenClDevice> devices) {

    /**
     * Copies the device list so that the record stays immutable.
     *
     * @param id the platform
     * @param name the platform's name
     * @param vendor the platform's vendor
     * @param version the OpenCL version it implements
     * @param devices its devices; may be empty
     */
    public OpenClPlatform {
        devices = List.copyOf(devices);
    }
}
