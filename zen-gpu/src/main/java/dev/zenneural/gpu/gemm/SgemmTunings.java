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
 * <p>The NVIDIA sets were chosen on an NVIDIA H100 from 20 candidates ({@code ci/bench-gpu.sh
 * --tunings} and {@code --tuning=} sets; README, "The OpenCL benchmark"): the large tiles win on large
 * products (30.4 TFLOP/s at N=4096 against 20.4 for 128 x 128 tiles), but a product of fewer tiles
 * than the GPU has compute units leaves most of it idle (8.2 TFLOP/s at N=1024), so such products
 * run with the small-product set (21.2 there). The other GPU sets were not measured on their GPUs
 * yet: they follow the usual shape of tuned SGEMM kernels for each kind of device (8 x 8 blocks in
 * small work-groups on Intel GPUs, four wavefronts on AMD GPUs). The CPU set was compared with
 * others on PoCL.
 */
public final class SgemmTunings {

    /** NVIDIA GPUs: 256 x 128 tiles, 16 x 8 per work-item, 256 work-items. */
    public static final SgemmTuning NVIDIA_GPU = new SgemmTuning("nvidia-gpu", 256, 128, 16, 16, 16, 4);
    /** NVIDIA GPUs, products of few large tiles: 64 x 64 tiles, 4 x 4 per work-item, 256 work-items. */
    public static final SgemmTuning NVIDIA_GPU_SMALL = new SgemmTuning("nvidia-gpu-small", 64, 64, 16, 16, 16, 4);
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

    /**
     * @param small the set for products too small to occupy the device with {@code tuning}'s tiles,
     *     or null
     */
    private record Entry(DeviceType type, String vendor, SgemmTuning tuning, SgemmTuning small) {

        Entry(DeviceType type, String vendor, SgemmTuning tuning) {
            this(type, vendor, tuning, null);
        }

        boolean matches(OpenClDeviceInfo device) {
            return device.type() == type
                    && (vendor == null || device.vendor().toLowerCase(Locale.ROOT).contains(vendor));
        }
    }

    /** Most specific first: the first entry that matches a device and fits it wins. */
    private static final List<Entry> TABLE = List.of(
            new Entry(DeviceType.GPU, "nvidia", NVIDIA_GPU, NVIDIA_GPU_SMALL),
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
        for (Entry e : TABLE) {
            sets.add(e.tuning());
            if (e.small() != null) {
                sets.add(e.small());
            }
        }
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

    /**
     * The set for small products that goes with the set a device got, where its table entry has one
     * and it fits: {@link DeviceSgemm} runs a product with it when the product has too few of the
     * chosen set's tiles to occupy the device.
     *
     * @param device the device
     * @param chosen the set {@link #choose} gave the device
     * @param limits the device's limits
     * @return the small-product set, or empty
     */
    public static Optional<SgemmTuning> forSmallProducts(OpenClDeviceInfo device, SgemmTuning chosen,
            DeviceLimits limits) {
        return TABLE.stream().filter(e -> e.matches(device) && e.tuning().equals(chosen) && e.small() != null)
                .map(Entry::small).filter(t -> t.fits(limits)).findFirst();
    }
}
