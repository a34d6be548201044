package dev.zenneural.ml.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * N-BEATS's doubly residual stacking: each block reads what the blocks before it left of the input
 * and outputs a backcast ({@code inputSize} values) then a forecast ({@code outputSize}); the
 * backcast is subtracted from the residual the next block reads, and the forecasts are summed into
 * the output. Every block is a {@link Layer} from {@code inputSize} to
 * {@code inputSize + outputSize}, its own instance (blocks keep their forward pass for backward,
 * reading the residual buffer this stack keeps per block).
 */
public final class DoublyResidual implements Layer {

    private final List<Layer> blocks;
    private final int in;
    private final int out;
    private final List<Parameter> parameters;
    private final List<float[]> residuals = new ArrayList<>();
    private float[] forecast;
    private float[] gradBlock;
    private float[] gradResidual;

    /**
     * The stack of {@code blocks}.
     *
     * @throws IllegalArgumentException if there is no block or one does not map
     *     {@code inputSize -> inputSize + outputSize}
     */
    public DoublyResidual(List<? extends Layer> blocks, int inputSize, int outputSize) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a residual stack needs at least one block");
        }
        for (int b = 0; b < blocks.size(); b++) {
            Layer block = blocks.get(b);
            if (block.inputSize() != inputSize || block.outputSize() != inputSize + outputSize) {
                throw new IllegalArgumentException("block " + b + " maps " + block.inputSize() + " -> "
                        + block.outputSize() + "; a residual block must map " + inputSize + " -> "
                        + (inputSize + outputSize) + " (backcast, then forecast)");
            }
        }
        this.blocks = List.copyOf(blocks);
        this.in = inputSize;
        this.out = outputSize;
        List<Parameter> all = new ArrayList<>();
        for (Layer block : blocks) {
            all.addAll(block.parameters());
        }
        this.parameters = List.copyOf(all);
        for (int b = 0; b < blocks.size(); b++) {
            residuals.add(new float[0]);
        }
    }

    /** The blocks, in order. */
    List<Layer> blocks() {
        return blocks;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        forecast = Buffers.atLeast(forecast, rows * out);
        java.util.Arrays.fill(forecast, 0, rows * out, 0f);
        float[] residual = residualBuffer(0, rows);
        System.arraycopy(x, 0, residual, 0, rows * in);
        int width = in + out;
        for (int b = 0; b < blocks.size(); b++) {
            float[] y = blocks.get(b).forward(residual, rows);
            float[] next = b + 1 < blocks.size() ? residualBuffer(b + 1, rows) : null;
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    if (next != null) {
                        next[r * in + i] = residual[r * in + i] - y[r * width + i];
                    }
                }
                for (int j = 0; j < out; j++) {
                    forecast[r * out + j] += y[r * width + in + j];
                }
            }
            residual = next;
        }
        return forecast;
    }

    private float[] residualBuffer(int block, int rows) {
        float[] buffer = Buffers.atLeast(residuals.get(block), rows * in);
        residuals.set(block, buffer);
        return buffer;
    }

    /**
     * Backwards from the last block: each block's output gradient is minus the gradient reaching the
     * residual after it (for its backcast) and the output gradient (for its forecast); the residual
     * before it gets both the pass-through and the block's input gradient.
     */
    @Override
    public float[] backward(float[] gradOutput, int rows) {
        int width = in + out;
        gradBlock = Buffers.atLeast(gradBlock, rows * width);
        gradResidual = Buffers.atLeast(gradResidual, rows * in);
        java.util.Arrays.fill(gradResidual, 0, rows * in, 0f);
        for (int b = blocks.size() - 1; b >= 0; b--) {
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    gradBlock[r * width + i] = -gradResidual[r * in + i];
                }
                System.arraycopy(gradOutput, r * out, gradBlock, r * width + in, out);
            }
            float[] g = blocks.get(b).backward(gradBlock, rows);
            for (int i = 0; i < rows * in; i++) {
                gradResidual[i] += g[i];
            }
        }
        return gradResidual;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }
}
