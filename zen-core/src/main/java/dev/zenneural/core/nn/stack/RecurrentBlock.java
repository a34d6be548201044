package dev.zenneural.core.nn.stack;

import java.util.Objects;

/**
 * A recurrent layer of a stack over a window of {@code steps} time steps of {@code features} values
 * (a row holds step 0's features, then step 1's, ...), with {@code hidden} units; it writes either
 * every step's hidden state ({@code steps x hidden} values a row, step by step) or only the last
 * one's. States start at zero for every row. The cell and the weights are laid out as PyTorch's
 * {@code nn.RNN}, {@code nn.GRU} and {@code nn.LSTM} store them: the gates' rows stacked, {@code
 * gates * hidden} of them, in the order {@link Cell} names. The arrays are the caller's (not copied):
 * a {@link DenseStackTraining} copies them to its device when it starts.
 *
 * @param cell the recurrent cell
 * @param features the values a step has; at least 1
 * @param hidden the units; at least 1
 * @param steps the time steps of a row; at least 1
 * @param everyStep whether every step's hidden state goes out, or only the last one's
 * @param inputWeight {@code gates * hidden x features} weights of the step's input
 * @param recurrentWeight {@code gates * hidden x hidden} weights of the previous hidden state
 * @param inputBias {@code gates * hidden} biases of the input product
 * @param recurrentBias {@code gates * hidden} biases of the recurrent product
 */
public record RecurrentBlock(Cell cell, int features, int hidden, int steps, boolean everyStep, float[] inputWeight,
        float[] recurrentWeight, float[] inputBias, float[] recurrentBias) implements StackLayer {

    /** The recurrent cells, their gates in the order the weights stack them. */
    public enum Cell {
        /** Elman: {@code h = tanh(W x + b + U h' + c)}; one gate. */
        RNN(1),
        /** Gated recurrent unit: reset, update, new. */
        GRU(3),
        /** Long short-term memory: input, forget, cell, output. */
        LSTM(4);

        private final int gates;

        Cell(int gates) {
            this.gates = gates;
        }

        /** The gates, each {@code hidden} rows of the weights. */
        public int gates() {
            return gates;
        }
    }

    /** Checks that the arrays fit the sizes. */
    public RecurrentBlock {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(inputWeight, "inputWeight");
        Objects.requireNonNull(recurrentWeight, "recurrentWeight");
        Objects.requireNonNull(inputBias, "inputBias");
        Objects.requireNonNull(recurrentBias, "recurrentBias");
        if (features < 1 || hidden < 1 || steps < 1) {
            throw new IllegalArgumentException("a recurrent block needs features, hidden and steps >= 1, got "
                    + features + ", " + hidden + " and " + steps);
        }
        long rows = (long) cell.gates() * hidden;
        long widest = Math.max((long) steps * Math.max(features, hidden), rows * Math.max(features, hidden));
        if (widest > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a recurrent block of " + steps + " steps, " + features + " features and "
                    + hidden + " units does not fit 2^31 values");
        }
        int g = (int) rows;
        if (inputWeight.length != g * features || recurrentWeight.length != g * hidden || inputBias.length != g
                || recurrentBias.length != g) {
            throw new IllegalArgumentException("a " + cell + " block of " + features + " features and " + hidden
                    + " units needs " + g * features + " input weights, " + g * hidden + " recurrent weights and "
                    + g + " biases of each kind, got " + inputWeight.length + ", " + recurrentWeight.length + ", "
                    + inputBias.length + " and " + recurrentBias.length);
        }
    }

    /** The values a row has going in: {@code steps * features}. */
    @Override
    public int in() {
        return steps * features;
    }

    /** The values a row has coming out: {@code steps * hidden} or {@code hidden}. */
    @Override
    public int out() {
        return everyStep ? steps * hidden : hidden;
    }

    /** The rows of the weights: {@code gates * hidden}. */
    public int gateRows() {
        return cell.gates() * hidden;
    }
}
