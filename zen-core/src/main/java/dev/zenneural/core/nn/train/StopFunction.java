package dev.zenneural.core.nn.train;

/** When the desired error counts as reached, FANN's {@code fann_stopfunc_enum}. */
public enum StopFunction {

    /** {@code FANN_STOPFUNC_MSE}: the epoch's MSE is at most the desired error. */
    MSE {
        @Override
        public boolean reached(float mse, int bitFails, float desiredError) {
            return mse <= desiredError;
        }
    },

    /**
     * {@code FANN_STOPFUNC_BIT}: at most {@code (int) desiredError} outputs failed the bit-fail limit
     * (libfann truncates the desired error to an unsigned count).
     */
    BIT {
        @Override
        public boolean reached(float mse, int bitFails, float desiredError) {
            return bitFails <= (long) desiredError;
        }
    };

    /** Whether training may stop after an epoch with this MSE and bit-fail count. */
    public abstract boolean reached(float mse, int bitFails, float desiredError);
}
