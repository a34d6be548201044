package dev.zenneural.core.kernel;

/**
 * Level-1 kernels on contiguous float vectors with BLAS-style offsets: {@link #axpy},
 * {@link #scal}, {@link #dot} and {@link #sumOfSquares}. They allocate nothing, and every result is
 * defined to the bit by the order documented on each method, so it is the same on every run, JDK
 * and thread.
 *
 * <p>Vectors are {@code n} consecutive values from an offset (no increments). Bad arguments
 * (negative {@code n}, negative offsets, arrays too short, null arrays) throw an
 * {@link IllegalArgumentException} that names the operand.
 */
public final class VectorOps {

    /** Partial sums of {@link #dot}: enough independent fused multiply-adds to fill both FMA ports. */
    public static final int DOT_LANES = 8;

    private VectorOps() {
    }

    /**
     * {@code y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i])} for {@code 0 <= i < n}: one
     * rounding per element. As in BLAS, {@code alpha == 0} leaves y untouched. x and y must not
     * overlap unless they are the same range ({@code x == y && xOff == yOff}).
     */
    public static void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        KernelArgs.checkSize("n", n);
        KernelArgs.checkVector("x", n, x, xOff);
        KernelArgs.checkVector("y", n, y, yOff);
        if (n == 0 || alpha == 0f) {
            return;
        }
        if (xOff == yOff) {
            // One index expression for both arrays: C2 vectorizes this as it is.
            for (int i = yOff; i < yOff + n; i++) {
                y[i] = Math.fma(alpha, x[i], y[i]);
            }
            return;
        }
        float[][] rows = Chunks.get();
        float[] xs = rows[0];
        float[] ys = rows[1];
        for (int i0 = 0; i0 < n; i0 += Chunks.SIZE) {
            int len = Math.min(Chunks.SIZE, n - i0);
            System.arraycopy(x, xOff + i0, xs, 0, len);
            System.arraycopy(y, yOff + i0, ys, 0, len);
            for (int i = 0; i < len; i++) {
                ys[i] = Math.fma(alpha, xs[i], ys[i]);
            }
            System.arraycopy(ys, 0, y, yOff + i0, len);
        }
    }

    /** {@code x[off + i] = alpha * x[off + i]} for {@code 0 <= i < n} (NaN and infinities propagate). */
    public static void scal(int n, float alpha, float[] x, int off) {
        KernelArgs.checkSize("n", n);
        KernelArgs.checkVector("x", n, x, off);
        for (int i = off; i < off + n; i++) {
            x[i] = alpha * x[i];
        }
    }

    /**
     * The dot product {@code sum x[xOff + i] * y[yOff + i]}, in this order: element {@code i} goes
     * to partial sum {@code s[i % 8]} as {@code s[i % 8] = Math.fma(x_i, y_i, s[i % 8])} in
     * increasing {@code i} (all {@code s} start at +0), and the result is
     * {@code ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))}.
     */
    public static float dot(int n, float[] x, int xOff, float[] y, int yOff) {
        KernelArgs.checkSize("n", n);
        KernelArgs.checkVector("x", n, x, xOff);
        KernelArgs.checkVector("y", n, y, yOff);
        return dotUnchecked(n, x, xOff, y, yOff);
    }

    /**
     * The sum of squares {@code sum x[off + i]^2}, in the order of {@link #dot}: bit-identical to
     * {@code dot(n, x, off, x, off)}.
     */
    public static float sumOfSquares(int n, float[] x, int off) {
        KernelArgs.checkSize("n", n);
        KernelArgs.checkVector("x", n, x, off);
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int i = off;
        int end = off + n;
        for (; i + DOT_LANES <= end; i += DOT_LANES) {
            float v0 = x[i];
            float v1 = x[i + 1];
            float v2 = x[i + 2];
            float v3 = x[i + 3];
            float v4 = x[i + 4];
            float v5 = x[i + 5];
            float v6 = x[i + 6];
            float v7 = x[i + 7];
            s0 = Math.fma(v0, v0, s0);
            s1 = Math.fma(v1, v1, s1);
            s2 = Math.fma(v2, v2, s2);
            s3 = Math.fma(v3, v3, s3);
            s4 = Math.fma(v4, v4, s4);
            s5 = Math.fma(v5, v5, s5);
            s6 = Math.fma(v6, v6, s6);
            s7 = Math.fma(v7, v7, s7);
        }
        // The tail continues with lanes 0, 1, ... as i % 8 says.
        if (i < end) {
            s0 = Math.fma(x[i], x[i], s0);
        }
        if (i + 1 < end) {
            s1 = Math.fma(x[i + 1], x[i + 1], s1);
        }
        if (i + 2 < end) {
            s2 = Math.fma(x[i + 2], x[i + 2], s2);
        }
        if (i + 3 < end) {
            s3 = Math.fma(x[i + 3], x[i + 3], s3);
        }
        if (i + 4 < end) {
            s4 = Math.fma(x[i + 4], x[i + 4], s4);
        }
        if (i + 5 < end) {
            s5 = Math.fma(x[i + 5], x[i + 5], s5);
        }
        if (i + 6 < end) {
            s6 = Math.fma(x[i + 6], x[i + 6], s6);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * {@link #dot} without the checks, for kernels that checked their operands already. Small enough
     * for C2 to inline into a caller's loop (the last {@code n % 8} terms are {@link #withTail}'s): a
     * call per element made the narrow products of {@link Sgemm} twice as slow.
     */
    static float dotUnchecked(int n, float[] x, int xOff, float[] y, int yOff) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        float s4 = 0f;
        float s5 = 0f;
        float s6 = 0f;
        float s7 = 0f;
        int i = 0;
        for (; i + DOT_LANES <= n; i += DOT_LANES) {
            int a = xOff + i;
            int b = yOff + i;
            s0 = Math.fma(x[a], y[b], s0);
            s1 = Math.fma(x[a + 1], y[b + 1], s1);
            s2 = Math.fma(x[a + 2], y[b + 2], s2);
            s3 = Math.fma(x[a + 3], y[b + 3], s3);
            s4 = Math.fma(x[a + 4], y[b + 4], s4);
            s5 = Math.fma(x[a + 5], y[b + 5], s5);
            s6 = Math.fma(x[a + 6], y[b + 6], s6);
            s7 = Math.fma(x[a + 7], y[b + 7], s7);
        }
        if (i < n) {
            return withTail(s0, s1, s2, s3, s4, s5, s6, s7, n - i, x, xOff + i, y, yOff + i);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** The last {@code left < 8} terms of {@link #dotUnchecked}, into the first partial sums, and the sum. */
    private static float withTail(float s0, float s1, float s2, float s3, float s4, float s5, float s6, float s7,
            int left, float[] x, int a, float[] y, int b) {
        s0 = Math.fma(x[a], y[b], s0);
        if (left > 1) {
            s1 = Math.fma(x[a + 1], y[b + 1], s1);
        }
        if (left > 2) {
            s2 = Math.fma(x[a + 2], y[b + 2], s2);
        }
        if (left > 3) {
            s3 = Math.fma(x[a + 3], y[b + 3], s3);
        }
        if (left > 4) {
            s4 = Math.fma(x[a + 4], y[b + 4], s4);
        }
        if (left > 5) {
            s5 = Math.fma(x[a + 5], y[b + 5], s5);
        }
        if (left > 6) {
            s6 = Math.fma(x[a + 6], y[b + 6], s6);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
