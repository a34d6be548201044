package dev.zenneural.gpu.gemm;

import dev.zenneural.gpu.opencl.DeviceLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One set of tuning parameters of {@code xgemm.cl}, the tuned SGEMM kernel; each becomes a {@code
 * -D} build option (CLBlast's names).
 *
 * <p>The constructor checks what the kernel assumes: the work-items divide the tile of C evenly,
 * the tiles divide into whole vectors, and every work-item loads the same number of values.
 *
 * @param name what the set is known by in the tuning table, e.g. {@code nvidia-gpu}
 * @param mwg rows of C per work-group ({@code MWG})
 * @param nwg columns of C per work-group ({@code NWG})
 * @param kwg depth of one step of the k loop ({@code KWG})
 * @param mdimc work-items per work-group along M ({@code MDIMC}); each computes {@code mwg / mdimc}
 *     rows
 * @param ndimc work-items per work-group along N ({@code NDIMC}); each computes {@code nwg / ndimc}
 *     columns
 * @param vw width of global loads, 1, 2 or 4 ({@code VW}); 1 is used where a leading dimension is
 *     not a multiple of it
 */
public record SgemmTuning(String name, int mwg, int nwg, int kwg, int mdimc, int ndimc, int vw) {

    /** The parameters' names, as {@link #parse} reads them and the kernel's build options spell them. */
    private static final List<String> KEYS = List.of("MWG", "NWG", "KWG", "MDIMC", "NDIMC", "VW");

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException naming the parameter and the rule it breaks
     */
    public SgemmTuning {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tuning set needs a name");
        }
        require(mwg > 0 && nwg > 0 && kwg > 0 && mdimc > 0 && ndimc > 0, "every size must be positive");
        require(vw == 1 || vw == 2 || vw == 4, "VW must be 1, 2 or 4");
        require(mwg % mdimc == 0, "MWG must be a multiple of MDIMC");
        require(nwg % ndimc == 0, "NWG must be a multiple of NDIMC");
        require(mwg % vw == 0 && nwg % vw == 0 && kwg % vw == 0, "MWG, NWG and KWG must be multiples of VW");
        int threads = mdimc * ndimc;
        require(mwg * kwg % (vw * threads) == 0, "MWG * KWG must be a multiple of VW * MDIMC * NDIMC");
        require(kwg * nwg % (vw * threads) == 0, "KWG * NWG must be a multiple of VW * MDIMC * NDIMC");
    }

    /**
     * Reads a set written as {@code MWG=64,NWG=64,KWG=16,MDIMC=16,NDIMC=16,VW=4} (any order, every
     * key once), how a benchmark is given a set to try.
     *
     * @param name the set's name
     * @param text the parameters
     * @return the set
     * @throws IllegalArgumentException if a key is missing, unknown or not a number, or the set
     *     breaks a rule of the kernel
     */
    public static SgemmTuning parse(String name, String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.trim().split("=", 2);
            String key = kv[0].trim().toUpperCase(Locale.ROOT);
            if (kv.length != 2 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not one of " + KEYS + " = number in '"
                        + text + "'");
            }
            try {
                values.put(key, Integer.parseInt(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a whole number in '" + text + "'", e);
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException(key + " is missing in '" + text + "'");
            }
        }
        return new SgemmTuning(name, values.get("MWG"), values.get("NWG"), values.get("KWG"), values.get("MDIMC"),
                values.get("NDIMC"), values.get("VW"));
    }

    /**
     * Work-items per work-group.
     *
     * @return {@code mdimc * ndimc}
     */
    public int threads() {
        return mdimc * ndimc;
    }

    /**
     * The local memory one work-group uses: the two tiles, each with its spare column.
     *
     * @return bytes
     */
    public long localMemoryBytes() {
        return 4L * kwg * ((mwg + 1) + (nwg + 1));
    }

    /**
     * Whether a device can run a work-group of this set at all (a kernel's own limit may still be
     * lower, see {@code DeviceContext.workGroupLimit}).
     *
     * @param limits the device's limits
     * @return true if the work-group and its local memory fit
     */
    public boolean fits(DeviceLimits limits) {
        return threads() <= limits.maxWorkGroupSize() && localMemoryBytes() <= limits.localMemoryBytes();
    }

    /**
     * The compiler options that build {@code xgemm.cl} with this set.
     *
     * @param vectorWidth the load width to build with: {@link #vw()}, or 1 for leading dimensions
     *     that are not multiples of it
     * @return e.g. {@code -DMWG=64 -DNWG=64 -DKWG=16 -DMDIMC=16 -DNDIMC=16 -DVW=4}
     */
    public String buildOptions(int vectorWidth) {
        return String.format(Locale.ROOT, "-DMWG=%d -DNWG=%d -DKWG=%d -DMDIMC=%d -DNDIMC=%d -DVW=%d", mwg, nwg, kwg,
                mdimc, ndimc, vectorWidth);
    }

    /**
     * One line for people and benchmark tables.
     *
     * @return e.g. {@code nvidia-gpu (MWG=128 NWG=128 KWG=16 MDIMC=16 NDIMC=16 VW=4)}
     */
    public String describe() {
        return String.format(Locale.ROOT, "%s (MWG=%d NWG=%d KWG=%d MDIMC=%d NDIMC=%d VW=%d)", name, mwg, nwg, kwg,
                mdimc, ndimc, vw);
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }
}
