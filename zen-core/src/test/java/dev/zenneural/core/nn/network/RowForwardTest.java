package dev.zenneural.core.nn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zenneural.core.kernel.RowKernels;
import dev.zenneural.core.kernel.Sigmoids;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.testing.FloatAsserts;
import dev.zenneural.core.testing.RandomMatrices;
import dev.zenneural.core.testing.WarmAllocations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Network#run(float[], float[], NeuronState)}'s fast single-row pass ({@link RowForward})
 * against {@link ForwardPass}, the libfann-order engine: the same neuron values and sums up to the
 * order of the float additions.
 */
class RowForwardTest {

    /** Differences come only from the summation order of at most a few dozen terms. */
    private static final double TOLERANCE = 2e-6;

    /** Layered, shortcut and sparse networks with wide (transposed) and narrow (dot product) layers. */
    private static List<Network> layouts(ActivationFunction hidden, ActivationFunction output, long seed) {
        return List.of(
                Network.builder().layers(9, 20, 12, 3).hiddenActivation(hidden).outputActivation(output)
                        .hiddenSteepness(0.7f).outputSteepness(1.3f).randomWeights(-1, 1).seed(seed).build(),
                Network.builder().layers(5, 7, 16, 2).hiddenActivation(hidden).outputActivation(output)
                        .randomWeights(-1, 1).seed(seed + 1).build(),
                Network.builder().layers(6, 10, 9, 4).shortcut().hiddenActivation(hidden).outputActivation(output)
                        .hiddenSteepness(0.4f).randomWeights(-1, 1).seed(seed + 2).build(),
                Network.builder().layers(8, 24, 12, 2).connectionRate(0.45f).hiddenActivation(hidden)
                        .outputActivation(output).randomWeights(-1, 1).seed(seed + 3).build());
    }

    /** Rows with about a third of the inputs exactly 0 (skipped by the fast pass), and one all 0. */
    private static float[][] rows(Network net, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] rows = new float[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = RandomMatrices.uniform(seed * 1000 + r, net.numInputs());
            for (int i = 0; i < rows[r].length; i++) {
                if (r == 0 || random.nextInt(3) == 0) {
                    rows[r][i] = r == 1 ? -0f : 0f;
                }
            }
        }
        return rows;
    }

    private static void assertMatchesForwardPass(Network net, float[][] rows, String what) {
        Topology t = net.topology();
        float[] weights = net.weights();
        NeuronState exact = net.newState();
        NeuronState fast = net.newState();
        float[] out = new float[net.numOutputs()];
        for (int r = 0; r < rows.length; r++) {
            ForwardPass.run(t, weights, rows[r], 0, exact);
            net.run(rows[r], out, fast);
            String where = what + " " + net + " row " + r;
            FloatAsserts.assertClose(exact.values(), fast.values(), TOLERANCE, where + " values");
            FloatAsserts.assertClose(exact.sums(), fast.sums(), TOLERANCE * 150, where + " sums");
            float[] expectedOut = java.util.Arrays.copyOfRange(exact.values(), t.firstOutput(),
                    t.firstOutput() + net.numOutputs());
            assertArrayEquals(java.util.Arrays.copyOfRange(fast.values(), t.firstOutput(),
                    t.firstOutput() + net.numOutputs()), out, where + " outputs are the state's");
            FloatAsserts.assertClose(expectedOut, net.run(rows[r]), TOLERANCE, where + " per-thread state");
        }
    }

    @Test
    void everyActivationFunctionMatchesTheExactPass() {
        long seed = 100;
        for (ActivationFunction f : ActivationFunction.values()) {
            for (Network net : layouts(f, f, seed)) {
                assertMatchesForwardPass(net, rows(net, seed, 40), f.name());
            }
            for (Network net : layouts(f, ActivationFunction.LINEAR, seed + 50)) {
                assertMatchesForwardPass(net, rows(net, seed + 50, 20), f.name() + "/LINEAR");
            }
            seed += 7;
        }
    }

    @Test
    void rowsOfNonZeroSourcesOnTheVectorKernelHaveLibfannsSumsToTheBit() throws InterruptedException {
        assumeTrue(RowKernels.awaitFastestKernel(Duration.ofSeconds(60)) && RowKernels.vectorIfWarm() != null,
                "no vector row kernel in this JVM");
        assertNonZeroRowsHaveLibfannsSums(71);
    }

    @Test
    void rowsOfNonZeroSourcesHaveLibfannsSumsToTheBitBeforeAnyWarmUp() {
        // In the fast test tier (C1 only) the vector kernel never becomes current: the plain loops' order.
        assertNonZeroRowsHaveLibfannsSums(91);
    }

    private static void assertNonZeroRowsHaveLibfannsSums(long firstSeed) {
        long seed = firstSeed;
        for (ActivationFunction f : new ActivationFunction[] {ActivationFunction.SIGMOID_SYMMETRIC,
            ActivationFunction.LINEAR, ActivationFunction.GAUSSIAN}) {
            for (Network net : layouts(f, ActivationFunction.SIGMOID, seed++)) {
                NeuronState exact = net.newState();
                NeuronState fast = net.newState();
                float[] out = new float[net.numOutputs()];
                for (int r = 0; r < 20; r++) {
                    float[] row = RandomMatrices.uniform(seed * 100 + r, net.numInputs());
                    ForwardPass.run(net.topology(), net.weights(), row, 0, exact);
                    net.run(row, out, fast);
                    assertArrayEquals(exact.sums(), fast.sums(), f + " " + net + " row " + r + " sums");
                    assertArrayEquals(exact.values(), fast.values(), f + " " + net + " row " + r + " values");
                }
            }
        }
    }

    @Test
    void narrowLayersHaveLibfannsSumsToTheBit() {
        // Under MIN_AXPY_COUNT neurons a dense layer sums by FANN's dot product, whatever the JIT: every bit
        // as ForwardPass, the shared steepness and activation (applied in bulk) included.
        long seed = 300;
        for (ActivationFunction f : ActivationFunction.values()) {
            List<Network> nets = List.of(
                    Network.builder().layers(2, 3, 1).hiddenActivation(f).outputActivation(f).hiddenSteepness(0.7f)
                            .outputSteepness(1.3f).randomWeights(-1, 1).seed(seed).build(),
                    Network.builder().layers(5, 7, 6, 2).hiddenActivation(f).outputActivation(ActivationFunction.LINEAR)
                            .randomWeights(-1, 1).seed(seed + 1).build(),
                    Network.builder().layers(4, 6, 3).shortcut().hiddenActivation(f).outputActivation(f)
                            .hiddenSteepness(0.4f).randomWeights(-1, 1).seed(seed + 2).build());
            for (Network net : nets) {
                NeuronState exact = net.newState();
                NeuronState fast = net.newState();
                float[] out = new float[net.numOutputs()];
                for (float[] row : rows(net, seed, 10)) {
                    ForwardPass.run(net.topology(), net.weights(), row, 0, exact);
                    net.run(row, out, fast);
                    assertArrayEquals(exact.sums(), fast.sums(), f + " " + net + " sums");
                    assertArrayEquals(exact.values(), fast.values(), f + " " + net + " values");
                }
            }
            seed += 3;
        }
    }

    private static void assertBatchesMatchForwardPass(Network net, float[][] rows, String what) {
        Topology t = net.topology();
        float[] weights = net.weights();
        int n = net.numInputs();
        int m = net.numOutputs();
        float[] inputs = new float[rows.length * n];
        float[] expected = new float[rows.length * m];
        NeuronState exact = net.newState();
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, inputs, r * n, n);
            ForwardPass.run(t, weights, rows[r], 0, exact);
            System.arraycopy(exact.values(), t.firstOutput(), expected, r * m, m);
        }
        float[] batched = new float[rows.length * m];
        net.run(inputs, rows.length, batched);
        FloatAsserts.assertClose(expected, batched, TOLERANCE, what + " " + net + " batch");
    }

    @Test
    void batchesOfEveryActivationFunctionMatchTheExactPass() {
        long seed = 300;
        for (ActivationFunction f : ActivationFunction.values()) {
            for (Network net : layouts(f, ActivationFunction.SIGMOID_SYMMETRIC, seed)) {
                assertBatchesMatchForwardPass(net, rows(net, seed, 37), f.name());
                assertBatchesMatchForwardPass(net, rows(net, seed + 1, 1), f.name());
            }
            seed += 11;
        }
        Network net = layouts(ActivationFunction.SIGMOID, ActivationFunction.SIGMOID, 3).get(0);
        net.run(new float[0], 0, new float[0]);
    }

    /** Every neuron its own function and steepness: the per-neuron path of wide layers. */
    @Test
    void mixedActivationsWithinALayerMatch() {
        SplittableRandom random = new SplittableRandom(5);
        ActivationFunction[] all = ActivationFunction.values();
        for (Network base : layouts(ActivationFunction.SIGMOID, ActivationFunction.LINEAR, 21)) {
            Topology t = base.topology();
            int n = t.totalNeurons();
            ActivationFunction[] activation = new ActivationFunction[n];
            float[] steepness = new float[n];
            int[] counts = new int[n];
            int[] sizes = new int[t.numLayers()];
            for (int layer = 0; layer < sizes.length; layer++) {
                sizes[layer] = t.layerSize(layer);
            }
            int[] sources = new int[t.totalConnections()];
            for (int neuron = 0; neuron < n; neuron++) {
                activation[neuron] = all[random.nextInt(all.length)];
                steepness[neuron] = (float) (0.2 + random.nextDouble());
                counts[neuron] = t.connectionCount(neuron);
            }
            for (int c = 0; c < sources.length; c++) {
                sources[c] = t.source(c);
            }
            Topology mixed = Topology.of(t.type(), t.connectionRate(), sizes, activation, steepness, counts, sources);
            Network net = Network.of(mixed, base.weights());
            assertMatchesForwardPass(net, rows(net, 22, 40), "mixed");
        }
    }

    @Test
    void nonFiniteWeightsAreNotSkippedOver() {
        Network base = layouts(ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.LINEAR, 31).get(0);
        Topology t = base.topology();
        float[] weights = base.weights();
        // input 2 into the first hidden neuron: 0 * infinity is NaN in libfann, so it must be here
        weights[t.connectionStart(t.layerStart(1)) + 2] = Float.POSITIVE_INFINITY;
        Network net = base.withWeights(weights);
        float[] in = RandomMatrices.uniform(32, net.numInputs());
        in[2] = 0;
        NeuronState exact = net.newState();
        ForwardPass.run(t, weights, in, 0, exact);
        float[] out = net.run(in);
        assertTrue(Float.isNaN(exact.values()[t.firstOutput()]), "libfann's order gives NaN");
        for (int o = 0; o < out.length; o++) {
            assertEquals(Float.isNaN(exact.values()[t.firstOutput() + o]), Float.isNaN(out[o]), "output " + o);
        }
        float[] batch = new float[3 * in.length];
        System.arraycopy(in, 0, batch, in.length, in.length);
        float[] batchOut = new float[3 * out.length];
        net.run(batch, 3, batchOut);
        for (int i = 0; i < batchOut.length; i++) {
            assertTrue(Float.isNaN(batchOut[i]), "batched output " + i + " is NaN too");
        }
        in[2] = 1;
        assertFalse(Float.isNaN(net.run(in)[0]), "a non-zero input times infinity is clamped, not NaN");
    }

    @Test
    void manyThreadsGetBitIdenticalResults() throws Exception {
        List<Network> nets = layouts(ActivationFunction.SIGMOID_SYMMETRIC, ActivationFunction.SIGMOID, 41);
        int rows = 32;
        List<float[][]> inputs = new ArrayList<>();
        List<float[][]> expected = new ArrayList<>();
        for (Network net : nets) {
            // an equal network computes the expected outputs: the threads race to make the engine
            Network twin = Network.of(net.topology(), net.weights());
            float[][] in = rows(net, 42, rows);
            float[][] out = new float[rows][];
            for (int r = 0; r < rows; r++) {
                out[r] = twin.run(in[r]);
            }
            inputs.add(in);
            expected.add(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 24; task++) {
                int seed = task;
                results.add(pool.submit(() -> {
                    NeuronState[] own = nets.stream().map(Network::newState).toArray(NeuronState[]::new);
                    for (int i = 0; i < 3000; i++) {
                        int which = (i + seed) % nets.size();
                        Network net = nets.get(which);
                        int r = (i * 31 + seed) % rows;
                        float[] out = new float[net.numOutputs()];
                        if (i % 2 == 0) {
                            net.run(inputs.get(which)[r], out);
                        } else {
                            net.run(inputs.get(which)[r], out, own[which]);
                        }
                        if (!java.util.Arrays.equals(expected.get(which)[r], out)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongStateAndInputsAreRefused() {
        Network net = layouts(ActivationFunction.SIGMOID, ActivationFunction.SIGMOID, 51).get(0);
        NeuronState small = new NeuronState(net.topology().totalNeurons() - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.run(new float[9], new float[3], small));
        assertEquals("the neuron state holds " + small.size() + " neurons; the network has "
                + net.topology().totalNeurons(), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.run(new float[10], new float[3], net.newState()));
        assertEquals("input has length 10; expected 9", e.getMessage());
        float[] in = new float[9];
        in[4] = Float.NEGATIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> net.run(in, new float[3], net.newState()));
        assertEquals("input 4 of row 0 is -Infinity; inputs must be finite numbers", e.getMessage());
    }

    @Test
    void aStateOfTheRightSizeMadeElsewhereWorksAndWarmCallsAllocateNothing() throws InterruptedException {
        // The kernels that take over once warm, first: one that became current during the windows below
        // allocated in all 50 of them once (C2, -Pfull), until compiled in its new callers.
        RowKernels.awaitFastestKernel(Duration.ofSeconds(60));
        Sigmoids.awaitFastestKernel(Duration.ofSeconds(60));
        Network net = Network.builder().layers(125, 32, 2).hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID).randomWeights(-0.1f, 0.1f).seed(61).build();
        NeuronState state = new NeuronState(net.topology().totalNeurons());
        float[][] rows = rows(net, 62, 16);
        float[] out = new float[2];
        for (int i = 0; i < 20_000; i++) {
            net.run(rows[i % rows.length], out, state);
            net.run(rows[i % rows.length], out);
        }
        long allocated = WarmAllocations.fewestBytes(() -> {
            for (int i = 0; i < 20_000; i++) {
                net.run(rows[i % rows.length], out, state);
                net.run(rows[i % rows.length], out);
            }
        }, 50, 1024);
        assertTrue(allocated < 1024, allocated + " bytes allocated by 40000 warm calls, the fewest of 50 tries");
        assertMatchesForwardPass(net, rows, "mushroom-shaped");
    }
}
