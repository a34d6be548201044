package dev.zenneural.ml.nn;

import java.util.ArrayList;
import java.util.List;

/** Branches over the same input whose outputs are added: {@code y = sum_b branch_b(x)}. */
public final class Sum implements Layer {

    private final List<Layer> branches;
    private final int in;
    private final int out;
    private final List<Parameter> parameters;
    private float[] output;
    private float[] gradInput;

    /**
     * The sum of {@code branches}.
     *
     * @throws IllegalArgumentException if there are none or their sizes differ
     */
    public Sum(List<? extends Layer> branches) {
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a sum needs at least one branch");
        }
        this.in = branches.get(0).inputSize();
        this.out = branches.get(0).outputSize();
        List<Parameter> all = new ArrayList<>();
        for (int b = 0; b < branches.size(); b++) {
            if (branches.get(b).inputSize() != in || branches.get(b).outputSize() != out) {
                throw new IllegalArgumentException("branch " + b + " maps " + branches.get(b).inputSize() + " -> "
                        + branches.get(b).outputSize() + "; branch 0 maps " + in + " -> " + out);
            }
            all.addAll(branches.get(b).parameters());
        }
        this.branches = List.copyOf(branches);
        this.parameters = List.copyOf(all);
    }

    /** The branches, in order. */
    List<Layer> branches() {
        return branches;
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
        output = Buffers.atLeast(output, rows * out);
        java.util.Arrays.fill(output, 0, rows * out, 0f);
        for (Layer branch : branches) {
            float[] y = branch.forward(x, rows);
            for (int i = 0; i < rows * out; i++) {
                output[i] += y[i];
            }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        gradInput = Buffers.atLeast(gradInput, rows * in);
        java.util.Arrays.fill(gradInput, 0, rows * in, 0f);
        for (Layer branch : branches) {
            float[] g = branch.backward(gradOutput, rows);
            for (int i = 0; i < rows * in; i++) {
                gradInput[i] += g[i];
            }
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }
}
