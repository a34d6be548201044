package dev.zenneural.gpu;

import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDiscovery;
import java.util.List;

/** The device the gpu-tagged tests run on: the one the provider would choose. */
public final class GpuDevices {

    private GpuDevices() {
    }

    /** The device the provider would choose. */
    public static OpenClDevice selected() {
        List<OpenClDevice> devices = OpenClDiscovery.devices();
        return devices.get(DeviceSelector.select(devices.stream().map(OpenClDevice::info).toList(),
                DeviceSelector.request()));
    }
}
