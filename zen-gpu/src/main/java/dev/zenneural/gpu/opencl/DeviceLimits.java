package dev.zenneural.gpu.opencl;

import static org.jocl.CL.CL_DEVICE_LOCAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_GROUP_SIZE;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;

/**
 * The limits of a device that decide which kernel tuning it can run.
 *
 * @param maxWorkGroupSize the most work-items in one work-group ({@code CL_DEVICE_MAX_WORK_GROUP_SIZE})
 * @param localMemoryBytes local memory per work-group ({@code CL_DEVICE_LOCAL_MEM_SIZE})
 */
public record DeviceLimits(long maxWorkGroupSize, long localMemoryBytes) {

    /**
     * Asks a device for its limits.
     *
     * @param device the device
     * @return its limits
     * @throws OpenClException if the device cannot be queried
     */
    public static DeviceLimits query(cl_device_id device) {
        long[] workGroup = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, Sizeof.size_t,
                Pointer.to(workGroup), null));
        long[] local = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_LOCAL_MEM_SIZE, Sizeof.cl_ulong,
                Pointer.to(local), null));
        return new DeviceLimits(workGroup[0], local[0]);
    }
}
