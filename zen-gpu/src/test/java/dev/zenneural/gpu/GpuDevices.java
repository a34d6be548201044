package dev.zenneural.gpu;

import dev.zenneural.gpu.opencl.OpenClDevice;
import dev.zenneural.gpu.opencl.OpenClDiscovery;
import java.util.List;

/** The device the gpu-tagged tests run on: the one the provider would choose. */
final class GpuDevices {

    private GpuDevices() {
    }

    static OpenClDevice selected() {
        List<OpenClDevice> devices = OpenClDiscovery.devices();
        return devices.get(DeviceSelector.select(devices.stream().map(OpenClDevice::info).toList(),
                DeviceSelector.request()));
    }
}
