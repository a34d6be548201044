package dev.zenneural.core.nn.activation;

/**
 * FANN's piecewise-linear approximations of the two sigmoids: six breakpoints, linear between
 * them, flat outside.
 *
 * <p>The breakpoints are the sums where the exact sigmoid reaches 0.005, 0.05, 0.25, 0.75, 0.95 and
 * 0.995 (symmetric: -0.99 ... 0.99), written in libfann as double literals that are exactly those
 * float values. libfann compares the float sum against them and interpolates in double before
 * rounding to float; doing the same here is what makes the results equal to the last bit.
 */
final class Stepwise {

    static final Stepwise SIGMOID = new Stepwise(
            new double[] {-2.64665246009826660156e+00, -1.47221946716308593750e+00, -5.49306154251098632812e-01,
                5.49306154251098632812e-01, 1.47221934795379638672e+00, 2.64665293693542480469e+00},
            new double[] {4.99999988824129104614e-03, 5.00000007450580596924e-02, 2.50000000000000000000e-01,
                7.50000000000000000000e-01, 9.49999988079071044922e-01, 9.95000004768371582031e-01},
            0, 1);

    static final Stepwise SIGMOID_SYMMETRIC = new Stepwise(
            new double[] {-2.64665293693542480469e+00, -1.47221934795379638672e+00, -5.49306154251098632812e-01,
                5.49306154251098632812e-01, 1.47221934795379638672e+00, 2.64665293693542480469e+00},
            new double[] {-9.90000009536743164062e-01, -8.99999976158142089844e-01, -5.00000000000000000000e-01,
                5.00000000000000000000e-01, 8.99999976158142089844e-01, 9.90000009536743164062e-01},
            -1, 1);

    private final double[] v;
    private final double[] r;
    private final double min;
    private final double max;

    private Stepwise(double[] v, double[] r, double min, double max) {
        this.v = v;
        this.r = r;
        this.min = min;
        this.max = max;
    }

    /** The breakpoint sums, ascending (a copy). */
    double[] breakpoints() {
        return v.clone();
    }

    /** The values at the breakpoints (a copy). */
    double[] results() {
        return r.clone();
    }

    /**
     * The approximation at {@code sum}. The comparisons nest in libfann's order (v5 first), which
     * decides where a NaN sum ends up: at the upper bound.
     */
    float value(float sum) {
        double y;
        if (sum < v[4]) {
            if (sum < v[2]) {
                if (sum < v[1]) {
                    y = sum < v[0] ? min : line(0, sum);
                } else {
                    y = line(1, sum);
                }
            } else {
                y = sum < v[3] ? line(2, sum) : line(3, sum);
            }
        } else {
            y = sum < v[5] ? line(4, sum) : max;
        }
        return (float) y;
    }

    private double line(int i, float sum) {
        return ((r[i + 1] - r[i]) * (sum - v[i])) / (v[i + 1] - v[i]) + r[i];
    }
}
