package dev.zenneural.ml.nn;

import java.util.List;

/** The last step's {@code channels} values of a {@code steps x channels} sequence. */
public final class LastStep implements Layer {

    private final int steps;
    private final int channels;
    private float[] output;
    private float[] gradInput;

    /** Takes the last of {@code steps} steps. */
    public LastStep(int steps, int channels) {
        if (steps < 1 || channels < 1) {
            throw new IllegalArgumentException("steps and channels must be >= 1");
        }
        this.steps = steps;
        this.channels = channels;
    }

    public int steps() {
        return steps;
    }

    public int channels() {
        return channels;
    }

    @Override
    public int inputSize() {
        return steps * channels;
    }

    @Override
    public int outputSize() {
        return channels;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        output = Buffers.atLeast(output, rows * channels);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * inputSize() + (steps - 1) * channels, output, r * channels, channels);
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * inputSize());
        java.util.Arrays.fill(gradInput, 0, rows * inputSize(), 0f);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(gradOutput, r * channels, gradInput, r * inputSize() + (steps - 1) * channels, channels);
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
