package dev.zenneural.gpu.gemm;

import static dev.zenneural.core.testing.FloatAsserts.assertClose;
import static dev.zenneural.core.testing.FloatAsserts.sumTolerance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.kernel.Sgemm;
import dev.zenneural.core.testing.GemmCases;
import dev.zenneural.core.testing.NaiveGemm;
import dev.zenneural.core.testing.RandomMatrices;
import dev.zenneural.gpu.GpuDevices;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import dev.zenneural.gpu.opencl.DeviceLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SGEMM kernel set against zen-core's {@link Sgemm} and the double-accumulating reference:
 * each shipped tuning set of {@code xgemm.cl} (all compiled on this device, whichever it would
 * choose) and the simple kernel, in all four transpose variants, on shapes that cross the edges of
 * every set's tiles (odd sizes, 1 x N, N x 1, k not a multiple of KWG), shapes made of whole tiles
 * with leading dimensions that allow vector loads, and seeded random shapes.
 */
@Tag("gpu")
class DeviceSgemmGpuTest {

    private static DeviceContext context;
    private static ClResources kernels;
    private static final Map<String, DeviceSgemm> SETS = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        context = new DeviceContext(GpuDevices.selected());
        kernels = new ClResources();
    }

    @AfterAll
    static void close() {
        SETS.clear();
        kernels.close();
        context.close();
    }

    @AfterEach
    void noBufferLeft() {
        assertEquals(0, context.liveBuffers(), "every buffer of the test is closed");
    }

    /** The shipped sets' names, then {@code simple}. */
    static List<String> kernelSets() {
        List<String> names = new ArrayList<>();
        SgemmTunings.shipped().forEach(t -> names.add(t.name()));
        names.add("simple");
        return names;
    }

    static Stream<Arguments> cases() {
        int[][] fixed = {
            {1, 1, 1}, {1, 37, 5}, {37, 1, 5}, {1, 1, 40}, {3, 5, 1}, {1, 300, 7}, {300, 1, 7},
            {17, 15, 17}, {33, 65, 31}, {129, 130, 33},
            // Whole tiles of every set, k a multiple of every KWG, rows a multiple of every VW.
            {128, 128, 32}, {64, 256, 48},
        };
        List<Arguments> all = new ArrayList<>();
        for (String set : kernelSets()) {
            GemmCases.of(fixed, 6, set.hashCode(), 200, 150)
                    .forEach(a -> {
                        Object[] shape = a.get();
                        all.add(Arguments.of(set, shape[0], shape[1], shape[2], shape[3], shape[4]));
                    });
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}x{3} transA={4} transB={5}")
    @MethodSource("cases")
    void matchesZenCoreAndTheReference(String set, int m, int n, int k, boolean transA, boolean transB) {
        check(sgemm(set), m, n, k, transA, transB, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernelSets")
    void leadingDimensionsWiderThanTheRowsAreHonoured(String set) {
        for (int t = 0; t < 4; t++) {
            // 4 spare columns keep rows of whole vectors; 3 make them odd.
            check(sgemm(set), 64, 128, 32, (t & 2) != 0, (t & 1) != 0, 4);
            check(sgemm(set), 45, 70, 19, (t & 2) != 0, (t & 1) != 0, 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernelSets")
    void betaZeroOverwritesNaN(String set) {
        float[] nan = new float[4];
        Arrays.fill(nan, Float.NaN);
        try (ClResources call = new ClResources()) {
            DeviceBuffer a = call.add(context.upload(new float[] {1, 2, 3, 4}));
            DeviceBuffer b = call.add(context.upload(new float[] {5, 6, 7, 8}));
            DeviceBuffer c = call.add(context.upload(nan));
            sgemm(set).gemm(false, false, 2, 2, 2, 1f, a, 2, b, 2, 0f, c, 2);
            float[] out = new float[4];
            context.read(c, out);
            assertClose(new float[] {19, 22, 43, 50}, out, 0, "C");
        }
    }

    @Test
    void theTableChoosesATunedSetHere() {
        try (ClResources own = new ClResources()) {
            DeviceSgemm chosen = DeviceSgemm.forDevice(context, own);
            assertTrue(chosen.isTuned(), chosen.description());
            SgemmTuning set = SgemmTunings.choose(context.device(), context.limits()).orElseThrow();
            String expected = "xgemm.cl " + set.describe() + SgemmTunings.forSmallProducts(context.device(), set,
                    context.limits()).map(small -> " + xgemm.cl " + small.describe() + " below "
                            + (3L * context.device().computeUnits() + 3) / 4 + " tiles").orElse("");
            assertEquals(expected, chosen.description());
        }
    }

    @Test
    void productsOfTooFewTilesToOccupyTheDeviceRunWithTheSmallProductSet() {
        long below = (3L * context.device().computeUnits() + 3) / 4;
        assumeTrue(below >= 2, "a device of one compute unit has no product too small for it");
        try (ClResources own = new ClResources()) {
            // The cpu set's tiles are 64 x 64.
            DeviceSgemm pair = DeviceSgemm.tuned(context, own, SgemmTunings.CPU, SgemmTunings.GENERIC);
            assertEquals("xgemm.cl " + SgemmTunings.CPU.describe() + " + xgemm.cl " + SgemmTunings.GENERIC.describe()
                    + " below " + below + " tiles", pair.description());
            int manyRows = 64 * (int) below;
            assertEquals(SgemmTunings.GENERIC, pair.tuningFor(64, 64));
            assertEquals(SgemmTunings.GENERIC, pair.tuningFor(manyRows - 64, 64));
            assertEquals(SgemmTunings.CPU, pair.tuningFor(manyRows, 64));
            assertEquals(SgemmTunings.CPU, pair.tuningFor(manyRows - 63, 64));
            for (int t = 0; t < 4; t++) {
                check(pair, 64, 64, 40, (t & 2) != 0, (t & 1) != 0, 0);
                check(pair, 37, 5, 9, (t & 2) != 0, (t & 1) != 0, 1);
                check(pair, manyRows, 64, 40, (t & 2) != 0, (t & 1) != 0, 0);
            }
        }
    }

    @Test
    void theSimpleKernelSaysWhy() {
        DeviceSgemm simple = sgemm("simple");
        assertFalse(simple.isTuned());
        assertTrue(simple.description().startsWith("sgemm.cl TS=" + DeviceSgemm.simpleTile(context.limits())
                + " (simple kernel: requested)"),
                simple.description());
    }

    @Test
    void aSetTooLargeForTheDeviceIsRefused() {
        DeviceLimits limits = context.limits();
        int side = 1;
        while ((long) side * side <= limits.maxWorkGroupSize()) {
            side *= 2;
        }
        SgemmTuning huge = new SgemmTuning("huge", side, side, side, side, side, 1);
        try (ClResources own = new ClResources()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DeviceSgemm.tuned(context, own, huge));
            assertTrue(e.getMessage().contains("huge"), e.getMessage());
        }
    }

    @Test
    void shortBuffersAndBadSizesAreRefusedBeforeTheLaunch() {
        try (ClResources call = new ClResources()) {
            DeviceBuffer small = call.add(context.allocate(5));
            DeviceSgemm sgemm = sgemm("simple");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> sgemm.gemm(false, false, 2, 2, 3, 1f, small, 3, small, 2, 0f, small, 2));
            assertTrue(e.getMessage().startsWith("A (2 x 3, leading dimension 3) needs 6 elements"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> sgemm.gemm(false, false, 0, 1, 1, 1f, small, 1, small, 1, 0f, small, 1));
            assertThrows(IllegalArgumentException.class,
                    () -> sgemm.gemm(false, false, 1, 2, 2, 1f, small, 1, small, 2, 0f, small, 2));
        }
    }

    /** C = 0.75 op(A) op(B) - 0.5 C with every leading dimension {@code pad} wider than its rows. */
    private static void check(DeviceSgemm sgemm, int m, int n, int k, boolean transA, boolean transB, int pad) {
        long seed = 31L * m + 17L * n + k + (transA ? 1000 : 0) + (transB ? 2000 : 0) + pad;
        int aRows = transA ? k : m;
        int lda = (transA ? m : k) + pad;
        int bRows = transB ? n : k;
        int ldb = (transB ? k : n) + pad;
        int ldc = n + pad;
        float[] a = RandomMatrices.uniform(seed, aRows * lda);
        float[] b = RandomMatrices.uniform(seed + 1, bRows * ldb);
        float[] c = RandomMatrices.uniform(seed + 2, m * ldc);
        float[] expected = c.clone();
        NaiveGemm.gemm(transA, transB, m, n, k, 0.75f, a, 0, lda, b, 0, ldb, -0.5f, expected, 0, ldc);
        float[] zen = c.clone();
        Sgemm.gemm(transA, transB, m, n, k, 0.75f, a, 0, lda, b, 0, ldb, -0.5f, zen, 0, ldc);

        float[] device = new float[c.length];
        try (ClResources call = new ClResources()) {
            DeviceBuffer aBuf = call.add(context.upload(a));
            DeviceBuffer bBuf = call.add(context.upload(b));
            DeviceBuffer cBuf = call.add(context.upload(c));
            sgemm.gemm(transA, transB, m, n, k, 0.75f, aBuf, lda, bBuf, ldb, -0.5f, cBuf, ldc);
            context.read(cBuf, device);
        }

        String what = sgemm.description() + " " + m + "x" + n + "x" + k + " pad " + pad;
        assertClose(expected, device, sumTolerance(k), "C against NaiveGemm, " + what);
        assertClose(zen, device, 2 * sumTolerance(k), "C against zen-core's Sgemm, " + what);
    }

    private static DeviceSgemm sgemm(String set) {
        return SETS.computeIfAbsent(set, name -> name.equals("simple") ? DeviceSgemm.simple(context, kernels)
                : DeviceSgemm.tuned(context, kernels, SgemmTunings.shipped().stream()
                        .filter(t -> t.name().equals(name)).findFirst().orElseThrow()));
    }
}
