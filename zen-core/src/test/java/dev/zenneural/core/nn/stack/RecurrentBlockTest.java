package dev.zenneural.core.nn.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zenneural.core.nn.stack.RecurrentBlock.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrentBlockTest {

    private static RecurrentBlock block(Cell cell, int features, int hidden, int steps, boolean everyStep) {
        int g = cell.gates() * hidden;
        return new RecurrentBlock(cell, features, hidden, steps, everyStep, new float[g * features],
                new float[g * hidden], new float[g], new float[g]);
    }

    @Test
    void aRowIsAWindowOfStepsAndGoesOutAsEveryStateOrTheLast() {
        RecurrentBlock lstm = block(Cell.LSTM, 3, 5, 7, true);
        assertEquals(21, lstm.in());
        assertEquals(35, lstm.out());
        assertEquals(20, lstm.gateRows());
        RecurrentBlock gru = block(Cell.GRU, 5, 2, 7, false);
        assertEquals(35, gru.in());
        assertEquals(2, gru.out());
        assertEquals(6, gru.gateRows());
        assertEquals(List.of(1, 3, 4), List.of(Cell.RNN.gates(), Cell.GRU.gates(), Cell.LSTM.gates()));
    }

    @Test
    void aRecurrentEncoderChainsIntoADenseDecoder() {
        float[] w = new float[2 * 5];
        DenseNet net = DenseNet.chain(List.of(block(Cell.RNN, 1, 4, 6, true), block(Cell.GRU, 4, 5, 6, false),
                new DenseBlock(5, 2, w, new float[2], false, true)));
        assertEquals(6, net.in());
        assertEquals(2, net.out());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenseNet.chain(List.of(
                block(Cell.RNN, 1, 4, 6, false), block(Cell.GRU, 4, 5, 6, false))));
        assertEquals("branch 0: layer 0 has 4 outputs but layer 1 reads 24", e.getMessage());
    }

    @Test
    void wrongSizesAndArraysAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> block(Cell.RNN, 0, 2, 3, true));
        assertEquals("a recurrent block needs features, hidden and steps >= 1, got 0, 2 and 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RecurrentBlock(Cell.GRU, 2, 3, 4, false,
                new float[18], new float[27], new float[9], new float[8]));
        assertEquals("a GRU block of 2 features and 3 units needs 18 input weights, 27 recurrent weights and 9 biases"
                + " of each kind, got 18, 27, 9 and 8", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RecurrentBlock(Cell.LSTM, 1, 1 << 16,
                1 << 16, true, new float[1], new float[1], new float[1], new float[1]));
        assertEquals("a recurrent block of 65536 steps, 1 features and 65536 units does not fit 2^31 values",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> new RecurrentBlock(null, 1, 1, 1, true, new float[1],
                new float[1], new float[1], new float[1]));
    }
}
