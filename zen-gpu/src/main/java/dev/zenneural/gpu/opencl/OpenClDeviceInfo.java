package dev.zenneural.gpu.opencl;

import java.util.Locale;

/**
 * What a device says about itself; plain data, so that device selection can be tested without
 * OpenCL.
 *
 * @param name the device's name, e.g. "NVIDIA H100 80GB HBM3"
 * @param vendor the device's vendor
 * @param type what kind of device it is
 * @param computeUnits parallel compute units (streaming multiprocessors, cores)
 * @param globalMemoryBytes size of the device's global memory
 * @param openClVersion the OpenCL version the device supports, e.g. "OpenCL 3.0 CUDA"
 * @param platform the name of the platform the device belongs to
 */
public record OpenClDeviceInfo(String name, String vendor, DeviceType type, int computeUnits,
        long globalMemoryBytes, String openClVersion, String platform) {

    /**
     * One line for people.
     *
     * @return e.g. "NVIDIA H100 80GB HBM3 (GPU, NVIDIA Corporation, 132 compute units, 79.1 GiB,
     *     OpenCL 3.0 CUDA, platform NVIDIA CUDA)"
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s, %s, %d compute units, %.1f GiB, %s, platform %s)", name, type,
                vendor, computeUnits, globalMemoryBytes / (1024.0 * 1024 * 1024), openClVersion, platform);
    }
}
