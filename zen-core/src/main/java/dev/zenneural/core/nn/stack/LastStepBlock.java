package dev.zenneural.core.nn.stack;

/**
 * The last step of a row of {@code steps x channels} values: its {@code channels} values (zen-ml's
 * {@code LastStep}, where a TCN's decoder reads its encoder). No parameters.
 *
 * @param steps the steps of a row; at least 1
 * @param channels the values per step; at least 1
 */
public record LastStepBlock(int steps, int channels) implements StackLayer {

    /** Checks the sizes. */
    public LastStepBlock {
        if (steps < 1 || channels < 1 || (long) steps * channels > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a last step needs steps and channels >= 1 and up to 2^31 values, got "
                    + steps + " and " + channels);
        }
    }

    @Override
    public int in() {
        return steps * channels;
    }

    @Override
    public int out() {
        return channels;
    }
}
