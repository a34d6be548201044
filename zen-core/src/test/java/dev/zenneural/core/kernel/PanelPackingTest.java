package dev.zenneural.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PanelPackingTest {

    @Test
    void depthsOverTheMostAreSplitIntoTheFewestEvenPasses() {
        // {k, most, depth of each pass}
        int[][] cases = {
            {0, 256, 0}, {1, 256, 1}, {256, 256, 256}, {257, 256, 129}, {300, 256, 150}, {512, 256, 256},
            {513, 256, 171}, {785, 256, 197}, {1024, 256, 256}, {7, 3, 3},
        };
        for (int[] c : cases) {
            int depth = PanelPacking.evenDepth(c[0], c[1]);
            assertEquals(c[2], depth, c[0] + " steps, at most " + c[1]);
            int passes = depth == 0 ? 0 : (c[0] + depth - 1) / depth;
            assertEquals(c[0] == 0 ? 0 : (c[0] + c[1] - 1) / c[1], passes, "as few passes as the most allows");
        }
    }
}
