package dev.zenneural.gpu.gemm;

import dev.zenneural.gpu.opencl.DeviceLimits;
import dev.zenneural.gpu.opencl.DeviceType;
import dev.zenneural.gpu.opencl.OpenClDeviceInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tuning table of {@code xgemm.cl}: which parameters a device gets, looked up as CLBlast's
 * database is (device type, then vendor, then a default), with a generic set last that small
 * devices can run.
 *
 * <p>The GPU sets were not measured on their GPUs yet: they follow the usual shape of tuned SGEMM
 * kernels for each kind of device (large register blocks and 256 work-items on NVIDIA GPUs, 8 x 8
 * blocks in small work-groups on Intel GPUs). Only the CPU set was compared with others on its
 * kind of device (PoCL). {@code ci/bench-gpu.sh --tunings} measures every set on a device.
 */
public final class SgemmTunings {

    /** NVIDIA GPUs: 128 x 128 tiles, 8 x 8 per work-item, 256 work-items. */
    public static final SgemmTuning NVIDIA_GPU = new SgemmTuning("nvidia-gpu", 128, 128, 16, 16, 16, 4);
    /** AMD GPUs: 64 x 64 tiles, 4 x 4 per work-item, 256 work-items (four wavefronts). */
    public static final SgemmTuning AMD_GPU = new SgemmTuning("amd-gpu", 64, 64, 16, 16, 16, 4);
    /** Intel GPUs: 64 x 64 tiles, 8 x 8 per work-item, 64 work-items. */
    public static final SgemmTuning INTEL_GPU = new SgemmTuning("intel-gpu", 64, 64, 16, 8, 8, 4);
    /** Other GPUs: 64 x 64 tiles, 4 x 4 per work-item, pairs of floats per load. */
    public static final SgemmTuning GPU = new SgemmTuning("gpu", 64, 64, 16, 16, 16, 2);
    /**
     * CPU devices (PoCL): 64 x 64 tiles, 8 x 8 per work-item, 64 work-items, k steps of 32. On PoCL
     * here (2 cores) it ran 3 to 5 times as fast as 32 x 32 tiles with 4 x 4 per work-item.
     */
    public static final SgemmTuning CPU = new SgemmTuning("cpu", 64, 64, 32, 8, 8, 4);
    /** Any device that allows 64 work-items: 16 x 16 tiles, 2 x 2 per work-item, scalar loads. */
    public static final SgemmTuning GENERIC = new SgemmTuning("generic", 16, 16, 8, 8, 8, 1);

    private record Entry(DeviceType type, String vendor, SgemmTuning tuning) {

        boolean matches(OpenClDeviceInfo device) {
            return device.type() == type
                    && (vendor == null || device.vendor().toLowerCase(Locale.ROOT).contains(vendor));
        }
    }

    /** Most specific first: the first entry that matches a device and fits it wins. */
    private static final List<Entry> TABLE = List.of(
            new Entry(DeviceType.GPU, "nvidia", NVIDIA_GPU),
            new Entry(DeviceType.GPU, "advanced micro devices", AMD_GPU),
            new Entry(DeviceType.GPU, "amd", AMD_GPU),
            new Entry(DeviceType.GPU, "intel", INTEL_GPU),
            new Entry(DeviceType.GPU, null, GPU),
            new Entry(DeviceType.CPU, null, CPU));

    private SgemmTunings() {
    }

    /**
     * Every set shipped, each once: what the tests compile and check on PoCL.
     *
     * @return the sets, the table's order, the generic set last
     */
    public static List<SgemmTuning> shipped() {
        Set<SgemmTuning> sets = new LinkedHashSet<>();
        TABLE.forEach(e -> sets.add(e.tuning()));
        sets.add(GENERIC);
        return List.copyOf(sets);
    }

    /**
     * The sets a device would try, in order: those of its type and vendor, then the generic set.
     *
     * @param device the device
     * @return at least the generic set
     */
    public static List<SgemmTuning> candidates(OpenClDeviceInfo device) {
        List<SgemmTuning> sets = new ArrayList<>();
        for (Entry e : TABLE) {
            if (e.matches(device) && !sets.contains(e.tuning())) {
                sets.add(e.tuning());
            }
        }
        sets.add(GENERIC);
        return sets;
    }

    /**
     * The set a device gets: its first candidate whose work-group and local memory fit.
     *
     * @param device the device
     * @param limits the device's limits
     * @return the set, or empty when none fits (then the simple kernel runs)
     */
    public static Optional<SgemmTuning> choose(OpenClDeviceInfo device, DeviceLimits limits) {
        return candidates(device).stream().filter(t -> t.fits(limits)).findFirst();
    }
}
