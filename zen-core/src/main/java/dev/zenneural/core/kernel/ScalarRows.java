package dev.zenneural.core.kernel;

/** {@link RowKernel} in plain loops: the reference, and the kernel wherever vectors are not used. */
final class ScalarRows implements RowKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void sums(float[] w, int stride, int k, float[] x, int src, float[] acc, int count) {
        for (int j = 0; j < count; j++) {
            float a = 0;
            int i = k & 3;
            for (int t = i - 1; t >= 0; t--) {
                a += w[t * stride + j] * x[src + t];
            }
            for (; i != k; i += 4) {
                int o = i * stride + j;
                a += w[o] * x[src + i] + w[o + stride] * x[src + i + 1] + w[o + 2 * stride] * x[src + i + 2]
                        + w[o + 3 * stride] * x[src + i + 3];
            }
            acc[j] = a;
        }
    }

    @Override
    public void steepenedSums(float[] w, int stride, int k, float[] x, int src, float steepness, float[] acc,
            int count) {
        sums(w, stride, k, x, src, acc, count);
        float maxSum = 150 / steepness;
        for (int j = 0; j < count; j++) {
            float s = steepness * acc[j];
            acc[j] = s > maxSum ? maxSum : s < -maxSum ? -maxSum : s;
        }
    }

    @Override
    public void accumulate(float[] w, int stride, int k, float[] x, int src, float[] acc, int count) {
        for (int i = 0; i < k; i++) {
            float xi = x[src + i];
            int o = i * stride;
            for (int j = 0; j < count; j++) {
                acc[j] += w[o + j] * xi;
            }
        }
    }

    @Override
    public void sigmoidDerivatives(float[] values, float[] errors, int from, int count, float steepness,
            boolean symmetric) {
        plainDerivatives(values, errors, from, from + count, steepness, symmetric);
    }

    /** {@link #sigmoidDerivatives} from {@code from} to {@code to}, one value at a time. */
    static void plainDerivatives(float[] values, float[] errors, int from, int to, float steepness,
            boolean symmetric) {
        for (int n = from; n < to; n++) {
            errors[n] *= symmetric ? Sigmoids.symmetricDerivative(steepness, values[n])
                    : Sigmoids.derivative(steepness, values[n]);
        }
    }

    @Override
    public void step(float[] w, int stride, int k, float[] x, int src, float[] errors, int count) {
        for (int i = 0; i < k; i++) {
            float xi = x[src + i];
            int o = i * stride;
            for (int j = 0; j < count; j++) {
                w[o + j] += errors[j] * xi;
            }
        }
    }

    @Override
    public void step(float[] w, float[] moves, int stride, int k, float[] x, int src, float[] errors, int count,
            float momentum) {
        for (int i = 0; i < k; i++) {
            float xi = x[src + i];
            int o = i * stride;
            for (int j = 0; j < count; j++) {
                float delta = errors[j] * xi + momentum * moves[o + j];
                w[o + j] += delta;
                moves[o + j] = delta;
            }
        }
    }
}
