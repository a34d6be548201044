package dev.zenneural.core.nn.activation;

import dev.zenneural.core.kernel.Exponential;
import dev.zenneural.core.kernel.Sigmoids;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The activation functions of a neuron: every one of FANN 2.2, in FANN's enum order with FANN's ids
 * and names, then a few that FANN 2.2 does not have.
 *
 * <p>Conventions follow libfann (float build) so that networks behave as in FANN to the float bit:
 * <ul>
 *   <li>{@link #value(float)} takes the <em>steepened</em> sum, {@code steepness * weightedSum}
 *       clamped as {@link #steepenedSum(float, float)} does, the value libfann stores as the neuron's
 *       {@code sum}.</li>
 *   <li>{@link #derivative(float, float, float)} is what libfann's training multiplies the error
 *       with: the derivative with respect to the weighted sum, computed from the neuron's steepness,
 *       value and steepened sum, including libfann's clipping of the value (sigmoids and Elliot) that
 *       keeps flat regions from stopping training. Where libfann's formula is not the exact
 *       derivative (Gaussian, sine and cosine apply the steepness to the already steepened sum), the
 *       formula is libfann's, because trained FANN networks depend on it.</li>
 * </ul>
 * Where libfann evaluates in double ({@code exp}, {@code sin}, the stepwise interpolation), so does
 * this class, rounding to float at the same point; results can differ only where the platform's
 * {@code libm} and zen's double results disagree in the last bits across a float rounding boundary
 * (for the sigmoids against {@link Math#exp}: none of two million random sums, measured). The
 * exponential is zen's own ({@link Exponential}, within 3 ulp of the exact value), not
 * {@link Math#exp}, so that the sigmoids of a whole layer run on vectors ({@link Sigmoids}) with the
 * bits they have one at a time.
 */
public enum ActivationFunction {

    LINEAR(0, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, false) {
        @Override
        public float value(float sum) {
            return sum;
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return steepness;
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            checkRange(sums, from, to, out);
            if (sums != out) {
                System.arraycopy(sums, from, out, from, to - from);
            }
        }
    },

    /** Not trainable: libfann refuses to train it. */
    THRESHOLD(1, 0, 1, false) {
        @Override
        public float value(float sum) {
            return sum < 0 ? 0 : 1;
        }
    },

    /**
     * Not trainable. libfann silently uses a derivative of 0 here (it only rejects
     * {@link #THRESHOLD}); a zero derivative trains nothing, so this class refuses it too.
     */
    THRESHOLD_SYMMETRIC(2, -1, 1, true) {
        @Override
        public float value(float sum) {
            return sum < 0 ? -1 : 1;
        }
    },

    SIGMOID(3, 0, 1, false) {
        @Override
        public float value(float sum) {
            return Exponential.sigmoid(sum);
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            Sigmoids.sigmoid(sums, from, to, out); // checks the range as checkRange does
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return Sigmoids.derivative(steepness, value);
        }

        @Override
        public void derivatives(float steepness, float[] values, float[] sums, int from, int to, float[] out) {
            checkDerivativeRange(values, sums, from, to, out);
            Sigmoids.derivatives(steepness, values, from, to, out);
        }
    },

    /** FANN's default for new networks: six linear pieces between fixed breakpoints. */
    SIGMOID_STEPWISE(4, 0, 1, false) {
        @Override
        public float value(float sum) {
            return Stepwise.SIGMOID.value(sum);
        }

        /** The derivative of the exact sigmoid at the stepwise value, as in libfann. */
        @Override
        public float derivative(float steepness, float value, float sum) {
            return Sigmoids.derivative(steepness, value);
        }
    },

    SIGMOID_SYMMETRIC(5, -1, 1, true) {
        @Override
        public float value(float sum) {
            return Exponential.symmetricSigmoid(sum);
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            Sigmoids.symmetricSigmoid(sums, from, to, out); // checks the range as checkRange does
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return Sigmoids.symmetricDerivative(steepness, value);
        }

        @Override
        public void derivatives(float steepness, float[] values, float[] sums, int from, int to, float[] out) {
            checkDerivativeRange(values, sums, from, to, out);
            Sigmoids.symmetricDerivatives(steepness, values, from, to, out);
        }
    },

    SIGMOID_SYMMETRIC_STEPWISE(6, -1, 1, true) {
        @Override
        public float value(float sum) {
            return Stepwise.SIGMOID_SYMMETRIC.value(sum);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return Sigmoids.symmetricDerivative(steepness, value);
        }
    },

    GAUSSIAN(7, 0, 1, false) {
        @Override
        public float value(float sum) {
            return (float) Exponential.exp(-sum * sum);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return -2.0f * sum * value * steepness * steepness;
        }
    },

    GAUSSIAN_SYMMETRIC(8, -1, 1, true) {
        @Override
        public float value(float sum) {
            return (float) ((Exponential.exp(-sum * sum) * 2.0f) - 1.0f);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return -2.0f * sum * (value + 1.0f) * steepness * steepness;
        }
    },

    /**
     * Declared by FANN but never implemented: libfann outputs 0 for every sum and has no derivative
     * for it. Kept so that FANN ids and files line up; not trainable.
     */
    GAUSSIAN_STEPWISE(9, 0, 1, false) {
        @Override
        public float value(float sum) {
            return 0;
        }
    },

    ELLIOT(10, 0, 1, false) {
        @Override
        public float value(float sum) {
            return ((sum) / 2.0f) / (1.0f + Math.abs(sum)) + 0.5f;
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            float d = 1.0f + Math.abs(sum);
            return steepness * 1.0f / (2.0f * d * d);
        }
    },

    ELLIOT_SYMMETRIC(11, -1, 1, true) {
        @Override
        public float value(float sum) {
            return sum / (1.0f + Math.abs(sum));
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            float d = 1.0f + Math.abs(sum);
            return steepness * 1.0f / (d * d);
        }
    },

    LINEAR_PIECE(12, 0, 1, false) {
        @Override
        public float value(float sum) {
            return sum < 0 ? 0 : sum > 1 ? 1 : sum;
        }

        /** libfann uses the slope of the middle piece everywhere, also where the output is flat. */
        @Override
        public float derivative(float steepness, float value, float sum) {
            return steepness;
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            checkRange(sums, from, to, out);
            for (int i = from; i < to; i++) {
                float s = sums[i];
                out[i] = s < 0 ? 0 : s > 1 ? 1 : s;
            }
        }
    },

    LINEAR_PIECE_SYMMETRIC(13, -1, 1, true) {
        @Override
        public float value(float sum) {
            return sum < -1 ? -1 : sum > 1 ? 1 : sum;
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return steepness;
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            checkRange(sums, from, to, out);
            for (int i = from; i < to; i++) {
                float s = sums[i];
                out[i] = s < -1 ? -1 : s > 1 ? 1 : s;
            }
        }
    },

    SIN_SYMMETRIC(14, -1, 1, true) {
        @Override
        public float value(float sum) {
            return (float) Math.sin(sum);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return (float) (steepness * Math.cos(steepness * sum));
        }
    },

    COS_SYMMETRIC(15, -1, 1, true) {
        @Override
        public float value(float sum) {
            return (float) Math.cos(sum);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return (float) (steepness * -Math.sin(steepness * sum));
        }
    },

    SIN(16, 0, 1, false) {
        @Override
        public float value(float sum) {
            return (float) (Math.sin(sum) / 2.0f + 0.5f);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return (float) (steepness * Math.cos(steepness * sum) / 2.0f);
        }
    },

    COS(17, 0, 1, false) {
        @Override
        public float value(float sum) {
            return (float) (Math.cos(sum) / 2.0f + 0.5f);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return (float) (steepness * -Math.sin(steepness * sum) / 2.0f);
        }
    },

    /**
     * Rectified linear unit; not in FANN 2.2. The value is that of later libfann's
     * {@code FANN_LINEAR_PIECE_RECT}; its derivative is not: libfann tests the (never negative) output
     * for {@code < 0} and so never stops the gradient, where this one is 0 for negative sums.
     */
    RELU(0, Float.POSITIVE_INFINITY, false) {
        @Override
        public float value(float sum) {
            return sum < 0 ? 0 : sum;
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return sum > 0 ? steepness : 0;
        }

        @Override
        public void apply(float[] sums, int from, int to, float[] out) {
            checkRange(sums, from, to, out);
            for (int i = from; i < to; i++) {
                float s = sums[i];
                out[i] = s < 0 ? 0 : s;
            }
        }
    },

    /**
     * Leaky ReLU with slope 0.01 below zero; not in FANN 2.2. Numbers as later libfann's
     * {@code FANN_LINEAR_PIECE_LEAKY} (the 0.01 is a double there, hence here).
     */
    LEAKY_RELU(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, false) {
        @Override
        public float value(float sum) {
            return sum < 0 ? (float) (0.01 * sum) : sum;
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return value < 0 ? (float) (steepness * 0.01) : steepness;
        }
    },

    /**
     * Hyperbolic tangent through {@link Math#tanh}; not in FANN. Same shape as
     * {@link #SIGMOID_SYMMETRIC} but with the exact derivative, unclipped.
     */
    TANH(-1, 1, true) {
        @Override
        public float value(float sum) {
            return (float) Math.tanh(sum);
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            return steepness * (1.0f - value * value);
        }
    },

    /**
     * GELU in its tanh form, {@code 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))} (the JDK has no
     * {@code erf}); not in FANN. Its minimum is about -0.17004 near x = -0.752.
     */
    GELU(-0.17004076f, Float.POSITIVE_INFINITY, false) {
        @Override
        public float value(float sum) {
            double x = sum;
            return (float) (0.5 * x * (1 + Math.tanh(GELU_C * (x + GELU_A * x * x * x))));
        }

        @Override
        public float derivative(float steepness, float value, float sum) {
            double x = sum;
            double t = Math.tanh(GELU_C * (x + GELU_A * x * x * x));
            double slope = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * GELU_A * x * x);
            return (float) (steepness * slope);
        }
    };

    private static final int NO_FANN_ID = -1;
    private static final double GELU_C = Math.sqrt(2 / Math.PI);
    private static final double GELU_A = 0.044715;
    private static final String FANN_PREFIX = "FANN_";
    private static final ActivationFunction[] BY_FANN_ID =
            Arrays.stream(values()).filter(f -> f.fannId >= 0).toArray(ActivationFunction[]::new);

    private final int fannId;
    private final float minOutput;
    private final float maxOutput;
    private final boolean symmetric;

    /** A function that FANN 2.2 does not have. */
    ActivationFunction(float minOutput, float maxOutput, boolean symmetric) {
        this(NO_FANN_ID, minOutput, maxOutput, symmetric);
    }

    ActivationFunction(int fannId, float minOutput, float maxOutput, boolean symmetric) {
        this.fannId = fannId;
        this.minOutput = minOutput;
        this.maxOutput = maxOutput;
        this.symmetric = symmetric;
    }

    /** The output for a steepened sum (see the class comment). */
    public abstract float value(float sum);

    /**
     * The derivative libfann's training uses, from the neuron's steepness, its output {@code value}
     * and its steepened {@code sum}.
     *
     * @throws UnsupportedOperationException if the function is not {@linkplain #trainable() trainable}
     */
    public float derivative(float steepness, float value, float sum) {
        throw notTrainable();
    }

    /** Whether {@link #derivative(float, float, float)} is defined. */
    public boolean trainable() {
        return this != THRESHOLD && this != THRESHOLD_SYMMETRIC && this != GAUSSIAN_STEPWISE;
    }

    /**
     * Writes {@code value(sums[i])} to {@code out[i]} for {@code from <= i < to}; {@code out} may be
     * {@code sums}.
     */
    public void apply(float[] sums, int from, int to, float[] out) {
        checkRange(sums, from, to, out);
        for (int i = from; i < to; i++) {
            out[i] = value(sums[i]);
        }
    }

    /**
     * Writes {@code derivative(steepness, values[i], sums[i])} to {@code out[i]} for
     * {@code from <= i < to}; {@code out} may be either input.
     *
     * @throws UnsupportedOperationException if the function is not {@linkplain #trainable() trainable}
     */
    public void derivatives(float steepness, float[] values, float[] sums, int from, int to, float[] out) {
        checkDerivativeRange(values, sums, from, to, out);
        if (!trainable()) {
            throw notTrainable();
        }
        for (int i = from; i < to; i++) {
            out[i] = derivative(steepness, values[i], sums[i]);
        }
    }

    /**
     * The lowest output; negative infinity if unbounded. FANN's error functions assume targets in
     * {@code [minOutput, maxOutput]}.
     */
    public float minOutput() {
        return minOutput;
    }

    /** The highest output; positive infinity if unbounded. */
    public float maxOutput() {
        return maxOutput;
    }

    /**
     * Whether FANN treats the output as spanning [-1, 1]: its error function halves the output
     * difference of these so their errors compare with those of [0, 1] functions. Not the same as a
     * symmetric range: {@link #LINEAR} is unbounded and its error is not halved.
     */
    public boolean symmetric() {
        return symmetric;
    }

    /** FANN's numeric id (as in {@code .net} files); empty for functions FANN 2.2 lacks. */
    public OptionalInt fannId() {
        return fannId >= 0 ? OptionalInt.of(fannId) : OptionalInt.empty();
    }

    /** FANN's name, such as {@code FANN_SIGMOID}; empty for functions FANN 2.2 lacks. */
    public Optional<String> fannName() {
        return fannId >= 0 ? Optional.of(FANN_PREFIX + name()) : Optional.empty();
    }

    /**
     * The function with FANN id {@code id}.
     *
     * @throws IllegalArgumentException if FANN 2.2 has no function with that id
     */
    public static ActivationFunction fromFannId(int id) {
        if (id < 0 || id >= BY_FANN_ID.length) {
            throw new IllegalArgumentException("FANN activation function id " + id + " does not exist; FANN 2.2 ids"
                    + " are 0 to " + (BY_FANN_ID.length - 1));
        }
        return BY_FANN_ID[id];
    }

    /**
     * The function with FANN name {@code name}, such as {@code FANN_SIGMOID_SYMMETRIC} (exact
     * spelling, as in FANN's {@code FANN_ACTIVATIONFUNC_NAMES}).
     *
     * @throws IllegalArgumentException if FANN 2.2 has no function with that name
     */
    public static ActivationFunction fromFannName(String name) {
        Objects.requireNonNull(name, "name");
        for (ActivationFunction f : BY_FANN_ID) {
            if (f.fannName().orElseThrow().equals(name)) {
                return f;
            }
        }
        for (ActivationFunction f : values()) {
            if (f.fannId < 0 && (f.name().equals(name) || (FANN_PREFIX + f.name()).equals(name))) {
                throw new IllegalArgumentException("activation function " + f.name()
                        + " is not part of FANN 2.2 and has no FANN name");
            }
        }
        throw new IllegalArgumentException("unknown FANN activation function name '" + name + "'; expected one of "
                + Arrays.stream(BY_FANN_ID).map(f -> f.fannName().orElseThrow()).collect(Collectors.joining(", ")));
    }

    /**
     * libfann's steepened sum of a neuron: {@code steepness * weightedSum}, clamped to
     * {@code +-150 / steepness} so that {@code exp} in the sigmoids cannot overflow.
     */
    public static float steepenedSum(float steepness, float weightedSum) {
        float sum = steepness * weightedSum;
        float maxSum = 150 / steepness;
        if (sum > maxSum) {
            return maxSum;
        }
        if (sum < -maxSum) {
            return -maxSum;
        }
        return sum;
    }

    /**
     * {@link #steepenedSum} of every {@code sums[i]}, {@code from <= i < to}, in place: the same
     * values to the bit (NaN and -0 included), with the bound divided out once and the clamp as
     * min/max, which does not branch, so saturated layers (sums on both sides of the bound) cost no
     * mispredictions, and which vectorizes.
     */
    public static void steepenSums(float steepness, float[] sums, int from, int to) {
        Objects.checkFromToIndex(from, to, sums.length);
        float maxSum = 150 / steepness;
        float minSum = -maxSum;
        for (int i = from; i < to; i++) {
            sums[i] = Math.max(minSum, Math.min(maxSum, steepness * sums[i]));
        }
    }

    private UnsupportedOperationException notTrainable() {
        return new UnsupportedOperationException(fannName().orElse(name()) + " cannot be trained: it has no usable"
                + " derivative; use it only in networks that are not trained");
    }

    private static void checkDerivativeRange(float[] values, float[] sums, int from, int to, float[] out) {
        checkRange(sums, from, to, out);
        Objects.checkFromToIndex(from, to, values.length);
    }

    private static void checkRange(float[] sums, int from, int to, float[] out) {
        Objects.checkFromToIndex(from, to, sums.length);
        Objects.checkFromToIndex(from, to, out.length);
    }
}
