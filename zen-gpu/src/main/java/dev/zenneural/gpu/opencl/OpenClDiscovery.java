package dev.zenneural.gpu.opencl;

import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_VENDOR;
import static org.jocl.CL.CL_DEVICE_VERSION;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.CL_PLATFORM_VENDOR;
import static org.jocl.CL.CL_PLATFORM_VERSION;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/** Lists the OpenCL platforms and devices of this machine. */
public final class OpenClDiscovery {

    private OpenClDiscovery() {
    }

    /**
     * Every platform with its devices.
     *
     * @return the platforms; empty when the loader finds no driver
     * @throws OpenClUnavailableException if JOCL or libOpenCL cannot be loaded
     * @throws OpenClException if a query fails
     */
    // Serialized: two threads' first discovery in one JVM crashed it inside PoCL (SIGSEGV in libc
    // under clGetDeviceInfo, seen with JUnit running test classes in parallel).
    public static synchronized List<OpenClPlatform> platforms() {
        OpenClLibrary.require();
        List<OpenClPlatform> platforms = new ArrayList<>();
        for (cl_platform_id id : platformIds()) {
            String name = platformString(id, CL_PLATFORM_NAME);
            List<OpenClDevice> devices = new ArrayList<>();
            for (cl_device_id device : deviceIds(id)) {
                devices.add(new OpenClDevice(id, device, info(device, name)));
            }
            platforms.add(new OpenClPlatform(id, name, platformString(id, CL_PLATFORM_VENDOR),
                    platformString(id, CL_PLATFORM_VERSION), devices));
        }
        return platforms;
    }

    /**
     * Every device of every platform, in platform order: the list that device indexes refer to.
     *
     * @return at least one device
     * @throws OpenClUnavailableException if the library is missing, no platform is found, or the
     *     platforms have no device
     * @throws OpenClException if a query fails
     */
    public static List<OpenClDevice> devices() {
        List<OpenClPlatform> platforms = platforms();
        if (platforms.isEmpty()) {
            throw OpenClUnavailableException.noPlatforms();
        }
        List<OpenClDevice> devices = new ArrayList<>();
        platforms.forEach(p -> devices.addAll(p.devices()));
        if (devices.isEmpty()) {
            throw OpenClUnavailableException.noDevices(platforms.stream().map(OpenClPlatform::name).toList());
        }
        return devices;
    }

    private static cl_platform_id[] platformIds() {
        int[] count = new int[1];
        try {
            Cl.run("clGetPlatformIDs", () -> CL.clGetPlatformIDs(0, null, count));
        } catch (OpenClException e) {
            // The ICD loader's way of saying "no driver registered": not an error, an empty machine.
            if (e.status() == ClStatus.PLATFORM_NOT_FOUND_KHR) {
                return new cl_platform_id[0];
            }
            throw e;
        }
        cl_platform_id[] ids = new cl_platform_id[count[0]];
        if (ids.length > 0) {
            Cl.run("clGetPlatformIDs", () -> CL.clGetPlatformIDs(ids.length, ids, null));
        }
        return ids;
    }

    private static cl_device_id[] deviceIds(cl_platform_id platform) {
        int[] count = new int[1];
        try {
            Cl.run("clGetDeviceIDs", () -> CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, count));
        } catch (OpenClException e) {
            if (e.status() == ClStatus.DEVICE_NOT_FOUND) {
                return new cl_device_id[0];
            }
            throw e;
        }
        cl_device_id[] ids = new cl_device_id[count[0]];
        if (ids.length > 0) {
            Cl.run("clGetDeviceIDs", () -> CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, ids.length, ids, null));
        }
        return ids;
    }

    private static OpenClDeviceInfo info(cl_device_id device, String platformName) {
        long[] type = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_TYPE, Sizeof.cl_ulong,
                Pointer.to(type), null));
        int[] computeUnits = new int[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_uint,
                Pointer.to(computeUnits), null));
        long[] memory = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, CL_DEVICE_GLOBAL_MEM_SIZE, Sizeof.cl_ulong,
                Pointer.to(memory), null));
        return new OpenClDeviceInfo(deviceString(device, CL_DEVICE_NAME), deviceString(device, CL_DEVICE_VENDOR),
                DeviceType.fromBits(type[0]), computeUnits[0], memory[0], deviceString(device, CL_DEVICE_VERSION),
                platformName);
    }

    private static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        Cl.run("clGetPlatformInfo", () -> CL.clGetPlatformInfo(platform, param, 0, null, size));
        byte[] bytes = new byte[(int) size[0]];
        Cl.run("clGetPlatformInfo", () -> CL.clGetPlatformInfo(platform, param, bytes.length, Pointer.to(bytes),
                null));
        return cString(bytes);
    }

    private static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, param, 0, null, size));
        byte[] bytes = new byte[(int) size[0]];
        Cl.run("clGetDeviceInfo", () -> CL.clGetDeviceInfo(device, param, bytes.length, Pointer.to(bytes), null));
        return cString(bytes);
    }

    /** OpenCL strings end in NUL, and some drivers pad names with spaces. */
    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).trim();
    }
}
