package dev.zenneural.core.kernel;

/**
 * Per-thread scratch rows of {@link #SIZE} floats for the vector kernels.
 *
 * <p>C2 (JDK 17) vectorizes a loop only when all its arrays are indexed by the same expression; a
 * loop over {@code y[yOff + i]} and {@code x[xOff + i]} with different offsets runs scalar
 * (measured: 4-6 against 30-45 GFLOP/s for axpy). The kernels therefore copy operands at arbitrary
 * offsets into these rows with {@link System#arraycopy} (an intrinsic that runs near the L1
 * bandwidth), compute from index 0, and copy results back. Each row (4 KiB) and the few a kernel
 * uses together stay in L1. Allocated once per thread, so the kernels allocate nothing per call.
 */
final class Chunks {

    /**
     * Floats per scratch row: 12 mod 16, so that with the 16-byte array header each row spans whole
     * 64-byte cache lines and rows allocated one after the other share one alignment (see
     * {@code Sgemm}'s scratch).
     */
    static final int SIZE = 1020;
    /** Scratch rows per thread. */
    static final int ROWS = 6;

    private static final ThreadLocal<float[][]> ROWS_OF_THREAD = ThreadLocal.withInitial(() -> new float[ROWS][SIZE]);

    private Chunks() {
    }

    /** This thread's scratch rows. */
    static float[][] get() {
        return ROWS_OF_THREAD.get();
    }
}
