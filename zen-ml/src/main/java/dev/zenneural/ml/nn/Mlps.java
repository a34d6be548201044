package dev.zenneural.ml.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The multilayer perceptrons the forecasting models are made of. */
public final class Mlps {

    private Mlps() {
    }

    /**
     * {@code layers} fully connected ReLU layers of {@code units} from {@code in}, then a linear layer
     * to {@code out} (a plain MLP when {@code prefix} is null, else after {@code prefix}).
     */
    public static Sequential reluMlp(Layer prefix, int in, int units, int layers, int out, SplittableRandom random) {
        List<Layer> all = new ArrayList<>();
        if (prefix != null) {
            all.add(prefix);
        }
        int width = in;
        for (int i = 0; i < layers; i++) {
            all.add(new Linear(width, units, random));
            all.add(new Relu(units));
            width = units;
        }
        all.add(new Linear(width, out, random));
        return new Sequential(all);
    }

    /** The identity map on {@code size} values, as a fixed linear layer. */
    public static FixedLinear identity(int size) {
        float[] m = new float[size * size];
        for (int i = 0; i < size; i++) {
            m[i * size + i] = 1;
        }
        return new FixedLinear(size, size, m);
    }
}
