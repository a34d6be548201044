package dev.zenneural.gpu.bench;

import dev.zenneural.core.backend.CpuBackend;
import dev.zenneural.gpu.gemm.DeviceSgemm;
import dev.zenneural.gpu.opencl.ClResources;
import dev.zenneural.gpu.opencl.DeviceBuffer;
import dev.zenneural.gpu.opencl.DeviceContext;
import java.util.SplittableRandom;

/**
 * Times square SGEMM products {@code C = A * B} (N x N, float) on the CPU backend and on a device.
 * On the device A, B and C stay in device memory: the rate is the kernel's, transfers excluded, as
 * SGEMM rates of GPU libraries are quoted.
 */
final class SgemmRates {

    /**
     * A rate and the product it computed.
     *
     * @param gflops billions of floating-point operations per second, {@code 2 N^3} per product
     * @param c the last product, to check against the CPU's
     */
    record Measured(double gflops, float[] c) {
    }

    private SgemmRates() {
    }

    /** Uniform values in [-1, 1), the same for a given seed. */
    static float[] random(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    /**
     * The CPU backend's rate: untimed products for a quarter of {@code minSeconds} (at least one),
     * then products until {@code minSeconds} passed.
     */
    static Measured cpu(CpuBackend cpu, int n, float[] a, float[] b, double minSeconds) {
        float[] c = new float[n * n];
        Runnable product = () -> cpu.gemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return new Measured(rate(n, product, () -> { }, minSeconds), c);
    }

    /** A device kernel's rate, measured as {@link #cpu} does, waiting for the queue at the end. */
    static Measured device(DeviceContext context, DeviceSgemm sgemm, int n, float[] a, float[] b,
            double minSeconds) {
        try (ClResources buffers = new ClResources()) {
            DeviceBuffer aBuf = buffers.add(context.upload(a));
            DeviceBuffer bBuf = buffers.add(context.upload(b));
            DeviceBuffer cBuf = buffers.add(context.allocate(n * n));
            Runnable product = () -> sgemm.gemm(false, false, n, n, n, 1f, aBuf, n, bBuf, n, 0f, cBuf, n);
            double gflops = rate(n, product, context::finish, minSeconds);
            float[] c = new float[n * n];
            context.read(cBuf, c);
            return new Measured(gflops, c);
        }
    }

    /**
     * The largest difference between two products, relative to the largest value of the first:
     * about 1e-7 to 1e-6 for float products summed in different orders.
     */
    static double relativeDifference(float[] expected, float[] actual) {
        double maxDiff = 0;
        double maxValue = 0;
        for (int i = 0; i < expected.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs((double) expected[i] - actual[i]));
            maxValue = Math.max(maxValue, Math.abs(expected[i]));
        }
        // NaN in actual makes maxDiff NaN through Math.max, so a broken kernel never looks close.
        return maxValue == 0 ? maxDiff : maxDiff / maxValue;
    }

    private static double rate(int n, Runnable product, Runnable finish, double minSeconds) {
        // The first products pay for kernel compilation (OpenCL, the JIT) and warm the caches: untimed.
        long warmStart = System.nanoTime();
        do {
            product.run();
            finish.run();
        } while (System.nanoTime() - warmStart < minSeconds * 0.25e9);
        long reps = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            // Batches grow so that a fast device is not measured one launch and one wait at a time.
            long batch = Math.max(1, reps);
            for (long i = 0; i < batch; i++) {
                product.run();
            }
            finish.run();
            reps += batch;
            elapsed = System.nanoTime() - start;
        } while (elapsed < minSeconds * 1e9);
        return 2.0 * n * n * n * reps / elapsed;
    }
}
