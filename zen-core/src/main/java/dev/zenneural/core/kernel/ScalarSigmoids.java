package dev.zenneural.core.kernel;

/** The sigmoids one value at a time, on {@link Exponential#exp(double)}: the reference. */
final class ScalarSigmoids implements SigmoidKernel {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void apply(float[] sums, int from, int to, float[] out, boolean symmetric) {
        if (symmetric) {
            for (int i = from; i < to; i++) {
                out[i] = Exponential.symmetricSigmoid(sums[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = Exponential.sigmoid(sums[i]);
            }
        }
    }
}
