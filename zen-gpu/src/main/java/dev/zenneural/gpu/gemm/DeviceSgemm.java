package dev.zenneural.gpu.gemm;

import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.DeviceLimits;
import dev.zenneural.gpu.opencl.KernelArgs;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * Row-major SGEMM on device buffers, {@code C = alpha * op(A) * op(B) + beta * C}: the tuned kernel
 * ({@code xgemm.cl}) with the device's {@link SgemmTunings tuning set}, or the simple 16 x 16-tiled
 * kernel ({@code sgemm.cl}) where no set fits the device or the device cannot run the built tuned
 * kernel with its work-group size. Both handle every transpose variant and every size. Where the
 * device's table entry has a set for small products ({@link SgemmTunings#forSmallProducts}), a
 * product with fewer of the main set's tiles than three quarters of the device's compute units runs
 * with that set instead: large tiles would leave most of the device idle.
 *
 * <p>The programs are the context's (built once per context and options, cached there); the kernel
 * objects are this instance's, because a kernel holds its arguments: one instance per user, not
 * shared between threads. They are released with the {@link ClResources} given at creation.
 */
public final class DeviceSgemm {

    private static final String[] VARIANTS = {"nn", "nt", "tn", "tt"};

    private final DeviceContext context;
    private final ClResources owner;
    private final SgemmTuning tuning;
    private final String description;
    /** The tuned kernels with vector loads, or the simple kernels. */
    private final Kernels main;
    /** The tuned kernels built with {@code VW=1}, made on the first call that needs them. */
    private Kernels scalar;
    /** The products of fewer than {@link #smallBelowTiles} tiles of {@code tuning}, or null. */
    private final DeviceSgemm small;
    private final long smallBelowTiles;

    private DeviceSgemm(DeviceContext context, ClResources owner, SgemmTuning tuning, String fallbackReason) {
        this(context, owner, tuning, fallbackReason, null);
    }

    private DeviceSgemm(DeviceContext context, ClResources owner, SgemmTuning tuning, String fallbackReason,
            SgemmTuning smallProducts) {
        this.context = context;
        this.owner = owner;
        Kernels tuned = tuning == null ? null : tunedKernels(tuning, tuning.vw());
        if (tuned != null && tuned.fitsDevice()) {
            this.tuning = tuning;
            this.main = tuned;
            this.scalar = tuning.vw() == 1 ? tuned : null;
            this.description = "xgemm.cl " + tuning.describe();
        } else {
            // Unused tuned kernels stay registered in owner and go with it: releasing one alone is
            // not worth a second bookkeeping path.
            String reason = tuned == null ? fallbackReason
                    : "the built xgemm.cl " + tuning.name() + " allows fewer than " + tuning.threads()
                            + " work-items per group on this device";
            int tile = simpleTile(context.limits());
            this.tuning = null;
            this.main = new Kernels("sgemm", program("sgemm.cl", "-DTS=" + tile), tile, tile, tile, tile);
            this.description = "sgemm.cl TS=" + tile + " (simple kernel: " + reason + ")";
        }
        this.smallBelowTiles = (3L * context.device().computeUnits() + 3) / 4;
        this.small = this.tuning == null || smallProducts == null ? null
                : new DeviceSgemm(context, owner, smallProducts, null, null);
    }

    /**
     * The kernel the device's tuning table chooses, else the simple kernel.
     *
     * @param context the context to run in
     * @param owner where the kernels are registered for release
     * @return the products
     * @throws dev.zenneural.gpu.opencl.OpenClException if a build fails (with the compiler's log)
     */
    public static DeviceSgemm forDevice(DeviceContext context, ClResources owner) {
        DeviceLimits limits = context.limits();
        SgemmTuning chosen = SgemmTunings.choose(context.device(), limits).orElse(null);
        SgemmTuning small = chosen == null ? null
                : SgemmTunings.forSmallProducts(context.device(), chosen, limits).orElse(null);
        return new DeviceSgemm(context, owner, chosen, "no tuning set fits the device (" + limits.maxWorkGroupSize()
                + " work-items, " + limits.localMemoryBytes() + " bytes of local memory per group)", small);
    }

    /**
     * The tuned kernel with a given set; the simple kernel if the device cannot run the built kernel
     * with its work-group size ({@link #description()} says so).
     *
     * @param context the context to run in
     * @param owner where the kernels are registered for release
     * @param tuning the set
     * @return the products
     * @throws IllegalArgumentException if the set's work-group or local memory does not fit the
     *     device
     * @throws dev.zenneural.gpu.opencl.OpenClException if a build fails (with the compiler's log)
     */
    public static DeviceSgemm tuned(DeviceContext context, ClResources owner, SgemmTuning tuning) {
        requireFits(context, tuning);
        return new DeviceSgemm(context, owner, tuning, null);
    }

    private static void requireFits(DeviceContext context, SgemmTuning tuning) {
        if (!tuning.fits(context.limits())) {
            throw new IllegalArgumentException(tuning.describe() + " needs " + tuning.threads() + " work-items and "
                    + tuning.localMemoryBytes() + " bytes of local memory per group; " + context.device().name()
                    + " allows " + context.limits());
        }
    }

    /**
     * The tuned kernel with a given set, and another for products of too few of its tiles to occupy
     * the device, as {@link #forDevice} pairs them where the device's table entry says so.
     *
     * @param context the context to run in
     * @param owner where the kernels are registered for release
     * @param tuning the set
     * @param smallProducts the set for products of fewer of {@code tuning}'s tiles than three
     *     quarters of the device's compute units
     * @return the products
     * @throws IllegalArgumentException if a set's work-group or local memory does not fit the device
     * @throws dev.zenneural.gpu.opencl.OpenClException if a build fails (with the compiler's log)
     */
    public static DeviceSgemm tuned(DeviceContext context, ClResources owner, SgemmTuning tuning,
            SgemmTuning smallProducts) {
        requireFits(context, smallProducts);
        requireFits(context, tuning);
        return new DeviceSgemm(context, owner, tuning, null, smallProducts);
    }

    /**
     * The simple 16 x 16-tiled kernel (smaller tiles on devices with small work-groups): the
     * fallback, and the baseline a benchmark compares the tuned kernel with.
     *
     * @param context the context to run in
     * @param owner where the kernels are registered for release
     * @return the products
     * @throws dev.zenneural.gpu.opencl.OpenClException if the build fails (with the compiler's log)
     */
    public static DeviceSgemm simple(DeviceContext context, ClResources owner) {
        return new DeviceSgemm(context, owner, null, "requested");
    }

    /**
     * Which kernel runs, with its tuning set or why the simple kernel runs.
     *
     * @return e.g. {@code xgemm.cl cpu (MWG=32 NWG=32 KWG=16 MDIMC=8 NDIMC=8 VW=4)}
     */
    public String description() {
        return small == null ? description
                : description + " + " + small.description + " below " + smallBelowTiles + " tiles";
    }

    /**
     * Whether the tuned kernel runs.
     *
     * @return false where the simple kernel runs
     */
    public boolean isTuned() {
        return tuning != null;
    }

    /**
     * Queues {@code C = alpha * op(A) * op(B) + beta * C} on row-major matrices with leading
     * dimensions: op(A) is m x k, op(B) k x n, C m x n. With {@code beta == 0} C is not read.
     *
     * @param transA whether A is stored transposed (k x m)
     * @param transB whether B is stored transposed (n x k)
     * @param m rows of C, at least 1
     * @param n columns of C, at least 1
     * @param k the inner dimension, at least 1
     * @param alpha the product's factor
     * @param a A's buffer
     * @param lda A's row length in the buffer
     * @param b B's buffer
     * @param ldb B's row length in the buffer
     * @param beta C's factor
     * @param c C's buffer
     * @param ldc C's row length in the buffer
     * @throws IllegalArgumentException if a size is below 1, a leading dimension is shorter than its
     *     row, or a buffer is too short for its matrix
     * @throws dev.zenneural.gpu.opencl.OpenClException if the launch fails
     */
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, DeviceBuffer a, int lda,
            DeviceBuffer b, int ldb, float beta, DeviceBuffer c, int ldc) {
        if (m < 1 || n < 1 || k < 1) {
            throw new IllegalArgumentException("gemm sizes must be at least 1, got m=" + m + " n=" + n + " k=" + k);
        }
        checkMatrix("A", a, transA ? k : m, transA ? m : k, lda);
        checkMatrix("B", b, transB ? n : k, transB ? k : n, ldb);
        checkMatrix("C", c, m, n, ldc);
        if (isSmall(m, n)) {
            small.gemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
            return;
        }
        Kernels kernels = main;
        if (tuning != null && (lda % tuning.vw() != 0 || ldb % tuning.vw() != 0)) {
            // A vector load must start at a multiple of its width; rows of odd length do not.
            if (scalar == null) {
                scalar = tunedKernels(tuning, 1);
            }
            kernels = scalar;
        }
        int variant = (transA ? 2 : 0) + (transB ? 1 : 0);
        cl_kernel kernel = kernels.kernels[variant];
        new KernelArgs(kernel).add(m).add(n).add(k).add(alpha).add(a).add(lda).add(b).add(ldb).add(beta).add(c)
                .add(ldc);
        long[] global = {groups(n, kernels.tileN) * kernels.localN, groups(m, kernels.tileM) * kernels.localM};
        context.launch(kernel, kernels.prefix + "_" + VARIANTS[variant], global,
                new long[] {kernels.localN, kernels.localM});
    }

    /** The set that runs a product with C of m x n, or null for the simple kernel. */
    SgemmTuning tuningFor(int m, int n) {
        return isSmall(m, n) ? small.tuning : tuning;
    }

    private boolean isSmall(int m, int n) {
        return small != null && groups(m, tuning.mwg()) * groups(n, tuning.nwg()) < smallBelowTiles;
    }

    private Kernels tunedKernels(SgemmTuning set, int vectorWidth) {
        return new Kernels("xgemm", program("xgemm.cl", set.buildOptions(vectorWidth)), set.mwg(), set.nwg(),
                set.mdimc(), set.ndimc());
    }

    private cl_program program(String source, String options) {
        return context.program(DeviceSgemm.class, source, options);
    }

    /** The largest square tile of at most 16 whose work-group the device allows. */
    static int simpleTile(DeviceLimits limits) {
        int tile = 16;
        while (tile > 1 && (long) tile * tile > limits.maxWorkGroupSize()) {
            tile /= 2;
        }
        return tile;
    }

    private static void checkMatrix(String name, DeviceBuffer buffer, int rows, int cols, int ld) {
        if (ld < cols) {
            throw new IllegalArgumentException(name + " has rows of " + cols + " but a leading dimension of " + ld);
        }
        long needed = (long) (rows - 1) * ld + cols;
        if (needed > buffer.size()) {
            throw new IllegalArgumentException(name + " (" + rows + " x " + cols + ", leading dimension " + ld
                    + ") needs " + needed + " elements; its buffer holds " + buffer.size());
        }
    }

    private static long groups(int size, int tile) {
        return (size + tile - 1L) / tile;
    }

    /** The four transpose variants of one built program, with the geometry of their launches. */
    private final class Kernels {

        final String prefix;
        final cl_kernel[] kernels = new cl_kernel[VARIANTS.length];
        final int tileM;
        final int tileN;
        final int localM;
        final int localN;

        Kernels(String prefix, cl_program program, int tileM, int tileN, int localM, int localN) {
            this.prefix = prefix;
            this.tileM = tileM;
            this.tileN = tileN;
            this.localM = localM;
            this.localN = localN;
            for (int i = 0; i < VARIANTS.length; i++) {
                kernels[i] = context.createKernel(owner, program, prefix + "_" + VARIANTS[i]);
            }
        }

        /** Whether the device runs every kernel with the work-group size its launches use. */
        boolean fitsDevice() {
            for (cl_kernel kernel : kernels) {
                if (context.workGroupLimit(kernel) < (long) localM * localN) {
                    return false;
                }
            }
            return true;
        }
    }
}
