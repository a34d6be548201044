package dev.zenneural.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.testing.RandomMatrices;
import org.junit.jupiter.api.Test;

/** How {@link SlopeEngine} cuts ranges into blocks and hands them to its threads. */
class SlopeEngineTest {

    private static final int PAIRS = 2000;

    private static Network net(int... layers) {
        return Network.builder().layers(layers).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID).randomWeights(-0.5f, 0.5f).seed(3).build();
    }

    private static Pairs pairs(Network n, long seed) {
        return RandomPairs.of(seed, PAIRS, n.numInputs(), n.numOutputs());
    }

    /** Each block on a worker of its own, one after the other, added up in block order. */
    private static float[] inBlockOrder(Network n, Pairs pairs, int from, int to, int blocks, float[] start,
            ErrorAccumulator error) {
        int connections = n.topology().totalConnections();
        float[] slopes = start.clone();
        for (int b = 0; b < blocks; b++) {
            DenseSlopeWorker worker = DenseSlopeWorker.forTopology(n.topology(), ErrorFunction.TANH);
            int lo = SlopeEngine.blockStart(from, to, blocks, b);
            int hi = SlopeEngine.blockStart(from, to, blocks, b + 1);
            if (b == 0) {
                worker.addSlopes(n.weights(), pairs, lo, hi, slopes, error);
                continue;
            }
            float[] block = new float[connections];
            ErrorAccumulator blockError = new ErrorAccumulator(0.35f);
            worker.addSlopes(n.weights(), pairs, lo, hi, block, blockError);
            for (int i = 0; i < connections; i++) {
                slopes[i] += block[i];
            }
            error.addAll(blockError);
        }
        return slopes;
    }

    @Test
    void helperThreadsStartOnlyWhenARangeIsSharedOut() {
        Network n = net(6, 5, 2);
        Pairs pairs = pairs(n, 11);
        float[] slopes = new float[n.topology().totalConnections()];
        ErrorAccumulator error = new ErrorAccumulator(0.35f);
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            engine.addSlopes(n.weights(), pairs, 0, SlopeEngine.MIN_BATCHED_PAIRS - 1, slopes, error);
            int oneBlock = 2 * SlopeEngine.MIN_ROWS_PER_BLOCK - 1;
            assertEquals(1, engine.blocks(oneBlock));
            engine.addSlopes(n.weights(), pairs, 0, oneBlock, slopes, error);
            assertFalse(engine.helpersStarted(), "no thread for ranges that one thread sums");
            engine.addSlopes(n.weights(), pairs, 0, PAIRS, slopes, error);
            assertTrue(engine.helpersStarted(), "a range of " + PAIRS + " pairs is shared out");
        }
        SlopeEngine closed = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2);
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.addSlopes(n.weights(), pairs, 0, PAIRS, slopes, error),
                "no thread is started that nothing would stop");
        assertFalse(closed.helpersStarted());
    }

    @Test
    void blocksAddUpInBlockOrderWhicheverThreadTakesThem() {
        // 40 inputs: the first layer reads the shared transposed inputs in place.
        Network n = net(40, 12, 3);
        Pairs pairs = pairs(n, 7);
        float[] start = RandomMatrices.uniform(9, n.topology().totalConnections());
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 3)) {
            int blocks = engine.blocks(PAIRS - 5);
            assertTrue(blocks > 3, "more blocks than threads, so that threads take turns: " + blocks);
            ErrorAccumulator expectedError = new ErrorAccumulator(0.35f);
            float[] expected = inBlockOrder(n, pairs, 5, PAIRS, blocks, start, expectedError);
            // Which thread takes which block changes from call to call; the bits must not.
            for (int call = 0; call < 30; call++) {
                float[] actual = start.clone();
                ErrorAccumulator actualError = new ErrorAccumulator(0.35f);
                engine.addSlopes(n.weights(), pairs, 5, PAIRS, actual, actualError);
                assertArrayEquals(expected, actual, "call " + call);
                assertEquals(expectedError.mse(), actualError.mse(), "call " + call);
                assertEquals(expectedError.bitFails(), actualError.bitFails(), "call " + call);
            }
        }
    }

    @Test
    void aHelperThatStartsLateNeverTouchesTheNextCall() {
        // Two blocks of 64 pairs: the calling thread often takes both before the helper wakes.
        Network n = net(5, 7, 3);
        Pairs pairs = pairs(n, 7);
        float[] start = new float[n.topology().totalConnections()];
        float[][] expected = new float[2][];
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            for (int range = 0; range < 2; range++) {
                assertEquals(2, engine.blocks(128));
                expected[range] = inBlockOrder(n, pairs, range * 500, range * 500 + 128, 2, start,
                        new ErrorAccumulator(0.35f));
            }
            for (int call = 0; call < 200; call++) {
                int range = call % 2;
                float[] actual = start.clone();
                engine.addSlopes(n.weights(), pairs, range * 500, range * 500 + 128, actual,
                        new ErrorAccumulator(0.35f));
                assertArrayEquals(expected[range], actual, "call " + call);
            }
        }
    }

    @Test
    void newPairsWithTheSameRangeAreTransposedAfresh() {
        Network n = net(40, 12, 3);
        Pairs first = pairs(n, 7);
        Pairs second = pairs(n, 8);
        float[] expected = new float[n.topology().totalConnections()];
        try (SlopeEngine fresh = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            fresh.addSlopes(n.weights(), second, 0, PAIRS, expected, new ErrorAccumulator(0.35f));
        }
        try (SlopeEngine engine = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            engine.addSlopes(n.weights(), first, 0, PAIRS, new float[expected.length], new ErrorAccumulator(0.35f));
            float[] actual = new float[expected.length];
            engine.addSlopes(n.weights(), second, 0, PAIRS, actual, new ErrorAccumulator(0.35f));
            assertArrayEquals(expected, actual);
        }
    }

    @Test
    void blockCountFollowsRowsAndThreads() {
        Network n = net(5, 7, 3);
        try (SlopeEngine one = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 1)) {
            assertEquals(1, one.blocks(4062), "one thread: no hand-off");
        }
        try (SlopeEngine two = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            assertEquals(16, two.blocks(4062), "a chunk's worth of rows each, up to 8 per thread");
            assertEquals(16, two.blocks(100_000), "at most 8 per thread");
            assertEquals(3, two.blocks(549), "a chunk's worth of rows each");
            assertEquals(2, two.blocks(130), "at least one per thread");
            assertEquals(1, two.blocks(127), "never under 64 rows a block");
        }
        try (SlopeEngine three = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 3)) {
            assertEquals(3, three.blocks(200));
            assertEquals(2, three.blocks(191), "fewer blocks than threads where rows are few");
        }
    }

    @Test
    void bigNetworksGetFewerBlocksButOnePerThread() {
        // 1024-512-1: 525,313 connections; 2^22 floats afford 7 blocks' slopes.
        Network n = net(1024, 512, 1);
        try (SlopeEngine two = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 2)) {
            assertEquals(7, two.blocks(100_000));
        }
        try (SlopeEngine many = new SlopeEngine(n.topology(), ErrorFunction.TANH, 0.35f, 12)) {
            assertEquals(12, many.blocks(100_000));
        }
    }
}
