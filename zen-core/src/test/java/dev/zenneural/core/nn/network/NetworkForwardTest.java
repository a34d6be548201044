package dev.zenneural.core.nn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.testing.FloatAsserts;
import dev.zenneural.core.testing.RandomMatrices;
import dev.zenneural.core.testing.WarmAllocations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NetworkForwardTest {

    /** 2-2-1: hidden tanh-shaped (FANN's sigmoid symmetric) with steepness 0.5, linear output. */
    static Network tiny() {
        return Network.builder().layers(2, 2, 1)
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC).hiddenSteepness(0.5f)
                .outputActivation(ActivationFunction.LINEAR).outputSteepness(1f)
                .build()
                .withWeights(new float[] {0.5f, -0.25f, 0.1f, 1.0f, 0.75f, -0.2f, 0.8f, -0.6f, 0.3f});
    }

    @Test
    void tinyNetworkMatchesHandComputedValues() {
        Network net = tiny();
        // h0 = tanh(0.5 * (0.5*1 - 0.25*2 + 0.1)), h1 = tanh(0.5 * (1*1 + 0.75*2 - 0.2)), out = 0.8 h0 - 0.6 h1 + 0.3
        assertEquals(-0.1506857468158686, net.run(new float[] {1, 2})[0], 1e-6);
        assertEquals(0.3290501019444924, net.run(new float[] {-1, 0.5f})[0], 1e-6);
    }

    @Test
    void stateHoldsBiasAndSteepenedSums() {
        Network net = tiny();
        NeuronState state = net.newState();
        float[] out = new float[1];
        net.run(new float[] {1, 2}, out, state);
        Topology t = net.topology();
        assertEquals(8, t.totalNeurons(), "2+1, 2+1, 1+1 neurons as FANN counts them");
        assertEquals(1f, state.values()[2], "input bias");
        assertEquals(1f, state.values()[5], "hidden bias");
        assertEquals(0.5f * 2.3f, state.sums()[4], 1e-6);
        assertEquals(out[0], state.values()[t.firstOutput()]);
    }

    @Test
    void clampsTheSteepenedSumAsFannRun() {
        Network net = Network.builder().layers(1, 1).outputActivation(ActivationFunction.LINEAR).outputSteepness(2f)
                .build().withWeights(new float[] {1000f, 0f});
        assertEquals(75f, net.run(new float[] {1})[0], "150 / steepness");
        assertEquals(-75f, net.run(new float[] {-1})[0]);
    }

    @Test
    void wrongSizesAndNonFiniteInputsAreRefused() {
        Network net = tiny();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.run(new float[3], new float[1]));
        assertEquals("input has length 3; expected 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.run(new float[2], new float[2]));
        assertEquals("output has length 2; expected 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.run(new float[] {0, Float.NaN}, new float[1]));
        assertEquals("input 1 of row 0 is NaN; inputs must be finite numbers", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.run(new float[] {0, 0, Float.POSITIVE_INFINITY, 0},
                2, new float[2]));
        assertEquals("input 0 of row 1 is Infinity; inputs must be finite numbers", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.run(new float[4], 2, new float[3]));
        assertEquals("outputs has length 3; expected 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.withWeights(new float[8]));
        assertEquals("expected 9 weights (one per connection), got 8", e.getMessage());
    }

    @Test
    void everyNonFiniteInputOfABatchIsFoundWhereverItIs() {
        Network net = tiny();
        int rows = 13; // 26 inputs: three blocks of eight and a tail of two
        float[] outputs = new float[rows];
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            for (int at = 0; at < 2 * rows; at++) {
                float[] inputs = new float[2 * rows];
                inputs[at] = bad;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> net.run(inputs, rows, outputs));
                assertEquals("input " + at % 2 + " of row " + at / 2 + " is " + bad
                        + "; inputs must be finite numbers", e.getMessage());
            }
        }
        float[] extremes = new float[2 * rows];
        for (int i = 0; i < extremes.length; i++) {
            extremes[i] = new float[] {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -0f}[i % 4];
        }
        net.run(extremes, rows, outputs);
        for (float o : outputs) {
            assertTrue(Float.isFinite(o), "the largest and smallest finite inputs are taken");
        }
    }

    static List<Network> variety() {
        return List.of(
                Network.builder().layers(7, 33, 17, 5).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                        .outputActivation(ActivationFunction.SIGMOID).randomWeights(-1, 1).seed(3).build(),
                Network.builder().layers(6, 9, 4, 3).shortcut().hiddenActivation(ActivationFunction.ELLIOT_SYMMETRIC)
                        .randomWeights(-1, 1).seed(4).build(),
                Network.builder().layers(8, 12, 6, 2).connectionRate(0.4f).hiddenActivation(ActivationFunction.GAUSSIAN)
                        .outputActivation(ActivationFunction.LINEAR).randomWeights(-1, 1).seed(5).build());
    }

    @Test
    void batchedRunEqualsSingleRows() {
        for (Network net : variety()) {
            int rows = 300;
            float[] inputs = RandomMatrices.uniform(11, rows * net.numInputs());
            float[] batched = new float[rows * net.numOutputs()];
            net.run(inputs, rows, batched);
            float[] single = new float[rows * net.numOutputs()];
            float[] in = new float[net.numInputs()];
            float[] out = new float[net.numOutputs()];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(inputs, r * in.length, in, 0, in.length);
                net.run(in, out);
                System.arraycopy(out, 0, single, r * out.length, out.length);
            }
            FloatAsserts.assertClose(single, batched, 1e-5, net.toString());
        }
    }

    /**
     * Six chunks shared out over threads, whole chunks each, give the bits of one thread: 2 and 3
     * threads take even parts, 5 uneven ones, and 9 threads are more than there are chunks.
     */
    @Test
    void batchedRowsHaveTheSameBitsOnAnyNumberOfThreads() {
        int rows = 5 * BatchForward.CHUNK + 7;
        for (Network net : variety()) {
            float[] inputs = RandomMatrices.uniform(12, rows * net.numInputs());
            BatchForward engine = new BatchForward(net.topology(), net.weights());
            float[] one = new float[rows * net.numOutputs()];
            engine.run(inputs, rows, one, 1);
            for (int threads : new int[] {2, 3, 5, 9}) {
                float[] shared = new float[one.length];
                engine.run(inputs, rows, shared, threads);
                assertArrayEquals(one, shared, net + " on " + threads + " threads");
            }
        }
    }

    /**
     * Warm single-row calls and batched calls on one thread allocate nothing; batched calls shared
     * out over threads allocate only the hand-off, a few hundred bytes a call (measured: about 170).
     */
    @Test
    void warmCallsAllocateNothing() {
        for (Network net : variety()) {
            float[] in = RandomMatrices.uniform(13, net.numInputs());
            float[] out = new float[net.numOutputs()];
            int rows = 2 * BatchForward.CHUNK;
            float[] batchIn = RandomMatrices.uniform(14, rows * net.numInputs());
            float[] batchOut = new float[rows * net.numOutputs()];
            BatchForward oneThread = new BatchForward(net.topology(), net.weights());
            for (int i = 0; i < 20_000; i++) {
                net.run(in, out);
            }
            long allocated = WarmAllocations.fewestBytes(() -> {
                for (int i = 0; i < 1_000; i++) {
                    net.run(in, out);
                }
                for (int i = 0; i < 20; i++) {
                    oneThread.run(batchIn, rows, batchOut, 1);
                }
            }, 200, 4096);
            assertTrue(allocated < 4096, net + ": " + allocated + " bytes allocated by warm calls");
            long perCall = WarmAllocations.fewestBytes(() -> {
                for (int i = 0; i < 20; i++) {
                    net.run(batchIn, rows, batchOut);
                }
            }, 200, 20 * 1024) / 20;
            assertTrue(perCall < 1024, net + ": " + perCall + " bytes allocated by a batched call");
        }
    }

    @Test
    void runIsDeterministicAndEqualsExplicitState() {
        Network net = variety().get(2);
        float[] in = RandomMatrices.uniform(15, net.numInputs());
        float[] a = new float[net.numOutputs()];
        net.run(in, a, net.newState());
        assertArrayEquals(a, net.run(in));
    }
}
