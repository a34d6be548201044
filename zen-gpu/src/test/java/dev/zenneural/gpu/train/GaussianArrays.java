package dev.zenneural.gpu.train;

import java.util.SplittableRandom;

/** Test data for the device kernels' comparisons with the host: arrays of standard normal values. */
final class GaussianArrays {

    private GaussianArrays() {
    }

    /** {@code n} values drawn from {@code random}'s standard normal distribution. */
    static float[] of(SplittableRandom random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }
}
