package dev.zenneural.ml.nn;

/**
 * Fixed matrices for N-HiTS and N-BEATS: linear interpolation between knots, and the polynomial and
 * Fourier bases of interpretable N-BEATS. Step-major layouts with {@code channels} values per step
 * (one per quantile), each channel mapped on its own.
 */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * The {@code (outSteps * channels) x (inSteps * channels)} matrix of PyTorch's
     * {@code F.interpolate(mode="linear", align_corners=False)} from {@code inSteps} knots to
     * {@code outSteps} steps.
     */
    public static float[] linear(int inSteps, int outSteps, int channels) {
        float[] m = new float[outSteps * channels * inSteps * channels];
        int cols = inSteps * channels;
        double ratio = (double) inSteps / outSteps;
        for (int t = 0; t < outSteps; t++) {
            double src = Math.max(0, (t + 0.5) * ratio - 0.5);
            int lo = Math.min((int) Math.floor(src), inSteps - 1);
            int hi = Math.min(lo + 1, inSteps - 1);
            double w = src - lo;
            for (int c = 0; c < channels; c++) {
                int row = (t * channels + c) * cols;
                m[row + lo * channels + c] += (float) (1 - w);
                m[row + hi * channels + c] += (float) w;
            }
        }
        return m;
    }

    /**
     * Polynomial trend basis: {@code length x (degree + 1)} values {@code (t / length)^p}, the
     * matrix that turns {@code degree + 1} coefficients into {@code length} steps (one channel per
     * step repeated for {@code channels}).
     */
    public static float[] polynomial(int degree, int length, int channels) {
        int k = degree + 1;
        float[] m = new float[length * channels * k * channels];
        for (int t = 0; t < length; t++) {
            double x = (double) t / length;
            for (int p = 0; p < k; p++) {
                float v = (float) Math.pow(x, p);
                for (int c = 0; c < channels; c++) {
                    m[(t * channels + c) * (k * channels) + p * channels + c] = v;
                }
            }
        }
        return m;
    }

    /** How many coefficients {@link #fourier} takes: a constant plus a cosine and sine per harmonic. */
    public static int fourierSize(int harmonics) {
        return 1 + 2 * harmonics;
    }

    /**
     * Fourier seasonality basis over {@code length} steps: a constant, then {@code cos} and
     * {@code sin} of {@code 2 pi f t / length} for {@code f = 1 .. harmonics}.
     */
    public static float[] fourier(int harmonics, int length, int channels) {
        int k = fourierSize(harmonics);
        float[] m = new float[length * channels * k * channels];
        for (int t = 0; t < length; t++) {
            for (int p = 0; p < k; p++) {
                double v;
                if (p == 0) {
                    v = 1;
                } else {
                    int f = (p + 1) / 2;
                    double angle = 2 * Math.PI * f * t / length;
                    v = p % 2 == 1 ? Math.cos(angle) : Math.sin(angle);
                }
                for (int c = 0; c < channels; c++) {
                    m[(t * channels + c) * (k * channels) + p * channels + c] = (float) v;
                }
            }
        }
        return m;
    }
}
