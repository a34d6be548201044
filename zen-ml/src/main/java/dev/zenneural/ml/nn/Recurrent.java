package dev.zenneural.ml.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A recurrent layer over a window: {@code steps} time steps of {@code features} values each in,
 * and either the last hidden state ({@code hidden} values) or every step's ({@code steps x hidden})
 * out. The cell ({@link CellType}: Elman RNN with tanh, GRU or LSTM, with PyTorch's gate layouts
 * and initialisation, uniform in {@code +-1/sqrt(hidden)}) is run over the batch step by step, each
 * step's input and recurrent products one matrix product on the {@link Compute} backend each, and trained by backpropagation through
 * time. States start at zero for every window.
 */
public final class Recurrent implements Layer {

    /** The recurrent cell. */
    public enum CellType {
        /** {@code h = tanh(W x + U h' + b)}. */
        RNN(1),
        /** Gated recurrent unit (reset, update, new gates). */
        GRU(3),
        /** Long short-term memory (input, forget, cell, output gates). */
        LSTM(4);

        final int gates;

        CellType(int gates) {
            this.gates = gates;
        }
    }

    private final CellType cell;
    private final int features;
    private final int hidden;
    private final int steps;
    private final boolean everyStep;
    private final Parameter inputWeight;
    private final Parameter recurrentWeight;
    private final Parameter inputBias;
    private final Parameter recurrentBias;
    // Per step: pre-activations of the input and recurrent products, gate values, states.
    private float[] xg;
    private float[] hg;
    private float[] gate;
    private float[] h;
    private float[] c;
    private float[] input;
    private float[] output;
    private float[] gradInput;
    private float[] dh;
    private float[] dc;
    private float[] dxg;
    private float[] dhg;
    private float[] xt;
    private float[] dxt;

    /** A layer of {@code cell} over {@code steps} steps of {@code features} values, {@code hidden} units. */
    public Recurrent(CellType cell, int features, int hidden, int steps, boolean everyStep, SplittableRandom random) {
        if (features < 1 || hidden < 1 || steps < 1) {
            throw new IllegalArgumentException("features, hidden and steps must be >= 1, got " + features + ", "
                    + hidden + " and " + steps);
        }
        this.cell = cell;
        this.features = features;
        this.hidden = hidden;
        this.steps = steps;
        this.everyStep = everyStep;
        int g = cell.gates * hidden;
        double bound = 1 / Math.sqrt(hidden);
        this.inputWeight = new Parameter(cell + " input weight " + g + "x" + features, uniform(g * features, bound, random));
        this.recurrentWeight = new Parameter(cell + " recurrent weight " + g + "x" + hidden,
                uniform(g * hidden, bound, random));
        this.inputBias = new Parameter(cell + " input bias " + g, uniform(g, bound, random));
        this.recurrentBias = new Parameter(cell + " recurrent bias " + g, uniform(g, bound, random));
    }

    private static float[] uniform(int n, double bound, SplittableRandom random) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextDouble(-bound, bound);
        }
        return v;
    }

    /** The cell. */
    public CellType cell() {
        return cell;
    }

    /** The values of a step. */
    public int features() {
        return features;
    }

    /** The units. */
    public int hidden() {
        return hidden;
    }

    /** The time steps of a window. */
    public int steps() {
        return steps;
    }

    /** Whether every step's hidden state goes out, or only the last one's. */
    public boolean everyStep() {
        return everyStep;
    }

    /** The input weights, {@code gates * hidden x features}, gates stacked as PyTorch's. */
    public Parameter inputWeight() {
        return inputWeight;
    }

    /** The recurrent weights, {@code gates * hidden x hidden}. */
    public Parameter recurrentWeight() {
        return recurrentWeight;
    }

    /** The input product's biases. */
    public Parameter inputBias() {
        return inputBias;
    }

    /** The recurrent product's biases. */
    public Parameter recurrentBias() {
        return recurrentBias;
    }

    @Override
    public int inputSize() {
        return steps * features;
    }

    @Override
    public int outputSize() {
        return everyStep ? steps * hidden : hidden;
    }

    private int g() {
        return cell.gates * hidden;
    }

    @Override
    public float[] forward(float[] x, int rows) {
        input = x;
        int g = g();
        xg = Buffers.atLeast(xg, steps * rows * g);
        hg = Buffers.atLeast(hg, steps * rows * g);
        gate = Buffers.atLeast(gate, steps * rows * g);
        h = Buffers.atLeast(h, (steps + 1) * rows * hidden);
        c = Buffers.atLeast(c, (steps + 1) * rows * hidden);
        xt = Buffers.atLeast(xt, rows * features);
        java.util.Arrays.fill(h, 0, rows * hidden, 0f);
        java.util.Arrays.fill(c, 0, rows * hidden, 0f);
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(x, r * steps * features + t * features, xt, r * features, features);
            }
            int gOff = t * rows * g;
            for (int r = 0; r < rows; r++) {
                System.arraycopy(inputBias.value(), 0, xg, gOff + r * g, g);
                System.arraycopy(recurrentBias.value(), 0, hg, gOff + r * g, g);
            }
            Compute.gemm(false, true, rows, g, features, 1f, xt, 0, features, inputWeight.value(), 0, features, 1f, xg,
                    gOff, g);
            Compute.gemm(false, true, rows, g, hidden, 1f, h, t * rows * hidden, hidden, recurrentWeight.value(), 0,
                    hidden, 1f, hg, gOff, g);
            for (int r = 0; r < rows; r++) {
                stepForward(gOff + r * g, t * rows * hidden + r * hidden, (t + 1) * rows * hidden + r * hidden);
            }
        }
        output = Buffers.atLeast(output, rows * outputSize());
        for (int r = 0; r < rows; r++) {
            if (everyStep) {
                for (int t = 0; t < steps; t++) {
                    System.arraycopy(h, (t + 1) * rows * hidden + r * hidden, output, r * steps * hidden + t * hidden,
                            hidden);
                }
            } else {
                System.arraycopy(h, steps * rows * hidden + r * hidden, output, r * hidden, hidden);
            }
        }
        return output;
    }

    /** One row's cell step: gates from {@code xg/hg} at {@code go}, state from {@code prev} to {@code next}. */
    private void stepForward(int go, int prev, int next) {
        int n = hidden;
        switch (cell) {
            case RNN -> {
                for (int j = 0; j < n; j++) {
                    float v = (float) Math.tanh(xg[go + j] + hg[go + j]);
                    gate[go + j] = v;
                    h[next + j] = v;
                }
            }
            case GRU -> {
                for (int j = 0; j < n; j++) {
                    float reset = sigmoid(xg[go + j] + hg[go + j]);
                    float update = sigmoid(xg[go + n + j] + hg[go + n + j]);
                    float candidate = (float) Math.tanh(xg[go + 2 * n + j] + reset * hg[go + 2 * n + j]);
                    gate[go + j] = reset;
                    gate[go + n + j] = update;
                    gate[go + 2 * n + j] = candidate;
                    h[next + j] = (1 - update) * candidate + update * h[prev + j];
                }
            }
            case LSTM -> {
                for (int j = 0; j < n; j++) {
                    float in = sigmoid(xg[go + j] + hg[go + j]);
                    float forget = sigmoid(xg[go + n + j] + hg[go + n + j]);
                    float cellGate = (float) Math.tanh(xg[go + 2 * n + j] + hg[go + 2 * n + j]);
                    float out = sigmoid(xg[go + 3 * n + j] + hg[go + 3 * n + j]);
                    gate[go + j] = in;
                    gate[go + n + j] = forget;
                    gate[go + 2 * n + j] = cellGate;
                    gate[go + 3 * n + j] = out;
                    float state = forget * c[prev + j] + in * cellGate;
                    c[next + j] = state;
                    h[next + j] = out * (float) Math.tanh(state);
                }
            }
        }
    }

    private static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    @Override
    public float[] backward(float[] gradOutput, int rows) {
        int g = g();
        int n = hidden;
        dh = Buffers.atLeast(dh, rows * n);
        dc = Buffers.atLeast(dc, rows * n);
        dxg = Buffers.atLeast(dxg, rows * g);
        dhg = Buffers.atLeast(dhg, rows * g);
        dxt = Buffers.atLeast(dxt, rows * features);
        xt = Buffers.atLeast(xt, rows * features);
        gradInput = Buffers.atLeast(gradInput, rows * inputSize());
        java.util.Arrays.fill(dh, 0, rows * n, 0f);
        java.util.Arrays.fill(dc, 0, rows * n, 0f);
        for (int t = steps - 1; t >= 0; t--) {
            for (int r = 0; r < rows; r++) {
                int from = everyStep ? r * steps * n + t * n : r * n;
                if (everyStep || t == steps - 1) {
                    for (int j = 0; j < n; j++) {
                        dh[r * n + j] += gradOutput[from + j];
                    }
                }
            }
            int gOff = t * rows * g;
            for (int r = 0; r < rows; r++) {
                stepBackward(r, gOff + r * g, t * rows * n + r * n, (t + 1) * rows * n + r * n);
            }
            for (int r = 0; r < rows; r++) {
                System.arraycopy(input, r * steps * features + t * features, xt, r * features, features);
            }
            // Parameter gradients and the gradients reaching x_t and h_{t-1}.
            Compute.gemm(true, false, g, features, rows, 1f, dxg, 0, g, xt, 0, features, 1f, inputWeight.grad(), 0,
                    features);
            Compute.gemm(true, false, g, n, rows, 1f, dhg, 0, g, h, t * rows * n, n, 1f, recurrentWeight.grad(), 0, n);
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < g; k++) {
                    inputBias.grad()[k] += dxg[r * g + k];
                    recurrentBias.grad()[k] += dhg[r * g + k];
                }
            }
            Compute.gemm(false, false, rows, features, g, 1f, dxg, 0, g, inputWeight.value(), 0, features, 0f, dxt, 0,
                    features);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(dxt, r * features, gradInput, r * steps * features + t * features, features);
            }
            // dh now carries what reaches h_{t-1} directly (GRU's update path); add the recurrent product.
            Compute.gemm(false, false, rows, n, g, 1f, dhg, 0, g, recurrentWeight.value(), 0, n, 1f, dh, 0, n);
        }
        return gradInput;
    }

    /**
     * One row's cell step backwards: from {@code dh} (and {@code dc}) at the step's output, writes
     * the pre-activation gradients of the input and recurrent products ({@code dxg}, {@code dhg}),
     * and leaves in {@code dh} / {@code dc} what reaches the previous state other than through the
     * recurrent product.
     */
    private void stepBackward(int r, int go, int prev, int next) {
        int n = hidden;
        int g = g();
        int dOff = r * n;
        int gRow = r * g;
        switch (cell) {
            case RNN -> {
                for (int j = 0; j < n; j++) {
                    float v = gate[go + j];
                    float d = dh[dOff + j] * (1 - v * v);
                    dxg[gRow + j] = d;
                    dhg[gRow + j] = d;
                    dh[dOff + j] = 0;
                }
            }
            case GRU -> {
                for (int j = 0; j < n; j++) {
                    float reset = gate[go + j];
                    float update = gate[go + n + j];
                    float candidate = gate[go + 2 * n + j];
                    float d = dh[dOff + j];
                    float dCandidate = d * (1 - update) * (1 - candidate * candidate);
                    float dUpdate = d * (h[prev + j] - candidate) * update * (1 - update);
                    float dReset = dCandidate * hg[go + 2 * n + j] * reset * (1 - reset);
                    dxg[gRow + j] = dReset;
                    dhg[gRow + j] = dReset;
                    dxg[gRow + n + j] = dUpdate;
                    dhg[gRow + n + j] = dUpdate;
                    dxg[gRow + 2 * n + j] = dCandidate;
                    dhg[gRow + 2 * n + j] = dCandidate * reset;
                    dh[dOff + j] = d * update;
                }
            }
            case LSTM -> {
                for (int j = 0; j < n; j++) {
                    float in = gate[go + j];
                    float forget = gate[go + n + j];
                    float cellGate = gate[go + 2 * n + j];
                    float out = gate[go + 3 * n + j];
                    float tanhC = (float) Math.tanh(c[next + j]);
                    float d = dh[dOff + j];
                    float dState = dc[dOff + j] + d * out * (1 - tanhC * tanhC);
                    float dIn = dState * cellGate * in * (1 - in);
                    float dForget = dState * c[prev + j] * forget * (1 - forget);
                    float dCell = dState * in * (1 - cellGate * cellGate);
                    float dOut = d * tanhC * out * (1 - out);
                    dxg[gRow + j] = dIn;
                    dxg[gRow + n + j] = dForget;
                    dxg[gRow + 2 * n + j] = dCell;
                    dxg[gRow + 3 * n + j] = dOut;
                    dhg[gRow + j] = dIn;
                    dhg[gRow + n + j] = dForget;
                    dhg[gRow + 2 * n + j] = dCell;
                    dhg[gRow + 3 * n + j] = dOut;
                    dc[dOff + j] = dState * forget;
                    dh[dOff + j] = 0;
                }
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(inputWeight, recurrentWeight, inputBias, recurrentBias);
    }
}
