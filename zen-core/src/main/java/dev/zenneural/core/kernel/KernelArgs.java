package dev.zenneural.core.kernel;

/**
 * The argument checks every kernel shares, so that a bad call fails the same way everywhere: with
 * an {@link IllegalArgumentException} that names the operand, its shape and what was wrong.
 */
final class KernelArgs {

    private KernelArgs() {
    }

    /** Rejects a negative size, naming it. */
    static void checkSize(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative size: " + name + "=" + value);
        }
    }

    /**
     * Checks that a {@code rows x cols} row-major matrix with row stride {@code ld} starting at
     * {@code off} fits in {@code x}.
     */
    static void checkMatrix(String name, int rows, int cols, float[] x, int off, int ld) {
        if (x == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("leading dimension of " + name + " is " + ld
                    + " but its rows hold " + cols + " values");
        }
        long last = rows == 0 || cols == 0 ? off : off + (long) (rows - 1) * ld + cols;
        if (off < 0 || last > x.length) {
            throw new IllegalArgumentException(name + " (" + rows + "x" + cols + ", offset " + off + ", stride "
                    + ld + ") needs " + last + " values but its array has " + x.length);
        }
    }

    /** Checks that {@code n} consecutive values from {@code off} fit in {@code x}. */
    static void checkVector(String name, int n, float[] x, int off) {
        if (x == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        long last = (long) off + n;
        if (off < 0 || last > x.length) {
            throw new IllegalArgumentException(name + " (" + n + " values, offset " + off + ") needs " + last
                    + " values but its array has " + x.length);
        }
    }
}
