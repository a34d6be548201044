package dev.zenneural.core.kernel;

/**
 * {@link NarrowKernel} in plain loops: each element is {@link VectorOps#dot} of a row of op(A) with a
 * column of op(B), so the order exists once. A row that is scaled ({@code alpha != 1}) or strided
 * (A stored transposed) is first copied into a per-thread scratch row, as the product would round
 * {@code alpha * a}. The definition the vector kernel is tested against, and the kernel wherever that
 * one cannot run.
 */
final class ScalarNarrow implements NarrowKernel {

    private static final ThreadLocal<float[][]> ROW = ThreadLocal.withInitial(() -> new float[1][0]);

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void rows(int i0, int i1, int n, int k, float alpha, float[] a, int aOff, int lda, boolean transA,
            float[] cols, int depth, float[] c, int cOff, int ldc) {
        boolean inPlace = alpha == 1f && !transA;
        float[] row = inPlace ? a : scratchRow(k);
        for (int i = i0; i < i1; i++) {
            int at = transA ? aOff + i : aOff + i * lda;
            if (!inPlace) {
                int step = transA ? lda : 1;
                for (int p = 0; p < k; p++, at += step) {
                    row[p] = alpha * a[at];
                }
                at = 0;
            }
            for (int j = 0; j < n; j++) {
                c[cOff + i * ldc + j] += VectorOps.dotUnchecked(k, row, at, cols, j * depth);
            }
        }
    }

    private static float[] scratchRow(int k) {
        float[][] holder = ROW.get();
        if (holder[0].length < k) {
            holder[0] = new float[k];
        }
        return holder[0];
    }
}
