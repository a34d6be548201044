package dev.zenneural.gpu.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.gpu.opencl.DeviceLimits;
import dev.zenneural.gpu.opencl.DeviceType;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SgemmTuningsTest {

    private static final DeviceLimits LARGE = new DeviceLimits(1024, 64 * 1024);

    @Test
    void devicesGetTheirVendorsSetThenTheirTypesThenTheGenericOne() {
        assertEquals(List.of(SgemmTunings.NVIDIA_GPU, SgemmTunings.GPU, SgemmTunings.GENERIC),
                SgemmTunings.candidates(device(DeviceType.GPU, "NVIDIA Corporation")));
        assertEquals(List.of(SgemmTunings.AMD_GPU, SgemmTunings.GPU, SgemmTunings.GENERIC),
                SgemmTunings.candidates(device(DeviceType.GPU, "Advanced Micro Devices, Inc.")));
        assertEquals(List.of(SgemmTunings.INTEL_GPU, SgemmTunings.GPU, SgemmTunings.GENERIC),
                SgemmTunings.candidates(device(DeviceType.GPU, "Intel(R) Corporation")));
        assertEquals(List.of(SgemmTunings.GPU, SgemmTunings.GENERIC),
                SgemmTunings.candidates(device(DeviceType.GPU, "Imagination Technologies")));
        // PoCL reports the CPU's vendor; CPU devices share one set whoever made them.
        assertEquals(List.of(SgemmTunings.CPU, SgemmTunings.GENERIC),
                SgemmTunings.candidates(device(DeviceType.CPU, "GenuineIntel")));
        assertEquals(List.of(SgemmTunings.GENERIC), SgemmTunings.candidates(device(DeviceType.ACCELERATOR, "Xilinx")));
    }

    @Test
    void theFirstSetThatFitsWins() {
        OpenClDeviceInfo nvidia = device(DeviceType.GPU, "NVIDIA Corporation");
        assertEquals(Optional.of(SgemmTunings.NVIDIA_GPU), SgemmTunings.choose(nvidia, LARGE));
        // Too little local memory for 256 x 128 tiles: the plain GPU set.
        assertEquals(Optional.of(SgemmTunings.GPU), SgemmTunings.choose(nvidia, new DeviceLimits(1024, 16 * 1024)));
        // 64 work-items at most: only the generic set.
        assertEquals(Optional.of(SgemmTunings.GENERIC), SgemmTunings.choose(nvidia, new DeviceLimits(64, 32 * 1024)));
        // Not even that: the simple kernel runs.
        assertEquals(Optional.empty(), SgemmTunings.choose(nvidia, new DeviceLimits(32, 32 * 1024)));
    }

    @Test
    void nvidiaGpusRunProductsOfFewTilesWithTheirSmallProductSet() {
        OpenClDeviceInfo nvidia = device(DeviceType.GPU, "NVIDIA Corporation");
        assertEquals(Optional.of(SgemmTunings.NVIDIA_GPU_SMALL),
                SgemmTunings.forSmallProducts(nvidia, SgemmTunings.NVIDIA_GPU, LARGE));
        // Only the pair the table lists: a device that fell back to another set has none.
        assertEquals(Optional.empty(), SgemmTunings.forSmallProducts(nvidia, SgemmTunings.GPU, LARGE));
        assertEquals(Optional.empty(), SgemmTunings.forSmallProducts(device(DeviceType.GPU, "Advanced Micro Devices"),
                SgemmTunings.AMD_GPU, LARGE));
        assertEquals(Optional.empty(), SgemmTunings.forSmallProducts(device(DeviceType.CPU, "GenuineIntel"),
                SgemmTunings.CPU, LARGE));
        // A small set that does not fit is not used.
        assertEquals(Optional.empty(), SgemmTunings.forSmallProducts(nvidia, SgemmTunings.NVIDIA_GPU,
                new DeviceLimits(128, 64 * 1024)));
        assertTrue(SgemmTunings.shipped().contains(SgemmTunings.NVIDIA_GPU_SMALL));
    }

    @Test
    void theSimpleKernelsTileShrinksWithTheWorkGroupLimit() {
        assertEquals(16, DeviceSgemm.simpleTile(new DeviceLimits(1024, 0)));
        assertEquals(16, DeviceSgemm.simpleTile(new DeviceLimits(256, 0)));
        assertEquals(8, DeviceSgemm.simpleTile(new DeviceLimits(255, 0)));
        assertEquals(4, DeviceSgemm.simpleTile(new DeviceLimits(32, 0)));
        assertEquals(1, DeviceSgemm.simpleTile(new DeviceLimits(1, 0)));
    }

    private static OpenClDeviceInfo device(DeviceType type, String vendor) {
        return new OpenClDeviceInfo("device", vendor, type, 8, 1L << 30, "OpenCL 3.0", "platform");
    }
}
