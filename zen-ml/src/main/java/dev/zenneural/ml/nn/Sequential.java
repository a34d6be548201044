package dev.zenneural.ml.nn;

import java.util.ArrayList;
import java.util.List;

/** Layers applied one after another; backward runs them in reverse. */
public final class Sequential implements Layer {

    private final List<Layer> layers;
    private final List<Parameter> parameters;

    /**
     * The chain of {@code layers}.
     *
     * @throws IllegalArgumentException if there are none or one's output does not fit the next's input
     */
    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i - 1).outputSize() != layers.get(i).inputSize()) {
                throw new IllegalArgumentException("layer " + (i - 1) + " has " + layers.get(i - 1).outputSize()
                        + " outputs but layer " + i + " takes " + layers.get(i).inputSize() + " inputs");
            }
        }
        this.layers = List.copyOf(layers);
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        this.parameters = List.copyOf(all);
    }

    /** The layers, in order. */
    List<Layer> layers() {
        return layers;
    }

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    @Override
    public float[] forward(float[] input, int rows) {
        float[] x = input;
        for (Layer layer : layers) {
            x = layer.forward(x, rows);
        }
        return x;
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        float[] g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, rows);
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }
}
