package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputColumnsTest {

    private static Pairs pairs(long seed, int numPairs, int numInputs) {
        return RandomPairs.of(seed, numPairs, numInputs, 1);
    }

    private static void assertTransposed(Pairs pairs, InputColumns columns, int from, int to) {
        int numInputs = pairs.inputs().length / pairs.numPairs();
        for (int r = from; r < to; r++) {
            for (int i = 0; i < numInputs; i++) {
                assertEquals(pairs.inputs()[r * numInputs + i], columns.values()[i * columns.stride() + r],
                        "pair " + r + " input " + i);
            }
        }
    }

    @Test
    void blocksFilledOneByOneReadFeatureByFeature() {
        Pairs pairs = pairs(1, 50, 3);
        InputColumns columns = new InputColumns(3);
        columns.cover(pairs);
        columns.fill(10, 30);
        columns.fill(30, 50);
        assertEquals(50, columns.stride());
        assertTransposed(pairs, columns, 10, 50);
    }

    @Test
    void anotherArrayForgetsTheBlocksFilledBefore() {
        Pairs first = pairs(1, 50, 3);
        Pairs second = pairs(5, 50, 3);
        InputColumns columns = new InputColumns(3);
        columns.cover(first);
        columns.fill(0, 25);
        columns.cover(second);
        columns.fill(0, 25);
        assertTransposed(second, columns, 0, 25);
    }

    @Test
    void moreOrFewerPairsChangeTheStride() {
        InputColumns columns = new InputColumns(2);
        Pairs many = pairs(1, 80, 2);
        columns.cover(many);
        columns.fill(0, 80);
        Pairs few = pairs(3, 20, 2);
        columns.cover(few);
        columns.fill(0, 20);
        assertEquals(20, columns.stride());
        assertTransposed(few, columns, 0, 20);
    }
}
