package dev.zenneural.gpu.opencl;

import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * A device found by {@link OpenClDiscovery}, with the handles needed to create a context on it.
 *
 * @param platform the platform the device belongs to
 * @param id the device
 * @param info what the device says about itself
 */
public record OpenClDevice(cl_platform_id platform, cl_device_id id, OpenClDeviceInfo info) {
}
