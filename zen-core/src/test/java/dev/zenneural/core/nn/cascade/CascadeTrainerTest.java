package dev.zenneural.core.nn.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.fann.data.TrainingData;
import dev.zenneural.core.fann.net.FannNetFile;
import dev.zenneural.core.nn.activation.ActivationFunction;
import dev.zenneural.core.nn.network.Network;
import dev.zenneural.core.nn.network.NetworkType;
import dev.zenneural.core.nn.train.Quickprop;
import dev.zenneural.core.nn.train.StopFunction;
import dev.zenneural.core.nn.train.TrainingDivergedException;
import dev.zenneural.core.nn.train.TrainingListener.Decision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeTrainerTest {

    static final TrainingData XOR = TrainingData.of(2, 1, new float[] {-1, -1, -1, 1, 1, -1, 1, 1},
            new float[] {-1, 1, 1, -1});

    static Network start(int inputs, int outputs) {
        return Network.builder().layers(inputs, outputs).shortcut()
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).seed(1).build();
    }

    static CascadeTrainer.Builder xorTrainer() {
        return CascadeTrainer.builder().desiredError(0.001f).maxNeurons(8).seed(7);
    }

    /** The network's MSE on {@code data} as libfann computes it (differences of symmetric outputs halved). */
    static float mse(Network net, TrainingData data) {
        float halve = net.topology().activation(net.topology().firstOutput()).symmetric() ? 2 : 1;
        float sum = 0;
        for (int p = 0; p < data.numPairs(); p++) {
            float[] in = new float[data.numInputs()];
            data.copyInputs(p, 1, in, 0);
            float[] out = net.run(in);
            for (int o = 0; o < out.length; o++) {
                float d = (data.output(p, o) - out[o]) / halve;
                sum += d * d;
            }
        }
        return sum / (data.numPairs() * data.numOutputs());
    }

    @Test
    void learnsXorByAddingHiddenNeurons() {
        CascadeResult r = xorTrainer().build().train(start(2, 1), XOR);
        assertEquals(CascadeStopReason.DESIRED_ERROR, r.reason());
        assertTrue(r.hiddenNeurons() >= 1, "XOR is not linearly separable; it needs a hidden neuron");
        assertTrue(r.hiddenNeurons() <= 8);
        assertTrue(mse(r.network(), XOR) < 0.01f, "MSE " + mse(r.network(), XOR));
        for (int p = 0; p < XOR.numPairs(); p++) {
            float[] out = r.network().run(new float[] {XOR.input(p, 0), XOR.input(p, 1)});
            assertEquals(Math.signum(XOR.output(p, 0)), Math.signum(out[0]), "pair " + p);
        }
    }

    @Test
    void resultIsAShortcutNetworkWithOneNeuronPerHiddenLayer() {
        CascadeResult r = xorTrainer().build().train(start(2, 1), XOR);
        Network net = r.network();
        assertEquals(NetworkType.SHORTCUT, net.topology().type());
        assertEquals(r.hiddenNeurons() + 2, net.topology().numLayers());
        assertEquals(3, net.topology().layerSize(0));
        for (int layer = 1; layer <= r.hiddenNeurons(); layer++) {
            assertEquals(1, net.topology().layerSize(layer), "layer " + layer);
            int neuron = net.topology().layerStart(layer);
            assertEquals(neuron, net.topology().connectionCount(neuron), "reads every earlier neuron");
            assertTrue(CascadeTrainer.builder().build().activationFunctions().contains(net.topology().activation(neuron)));
        }
        int output = net.topology().firstOutput();
        assertEquals(output, net.topology().connectionCount(output));
        assertEquals(ActivationFunction.SIGMOID_SYMMETRIC, net.topology().activation(output));
        assertEquals(r.hiddenNeurons() + 3 + 1, net.topology().totalNeurons());
    }

    @Test
    void survivesAFannNetFileRoundTrip(@TempDir Path dir) throws Exception {
        Network net = xorTrainer().build().train(start(2, 1), XOR).network();
        Path file = dir.resolve("cascade.net");
        FannNetFile.write(net, file);
        Network loaded = FannNetFile.read(file).network();
        assertEquals(net.topology(), loaded.topology());
        for (int p = 0; p < XOR.numPairs(); p++) {
            float[] in = {XOR.input(p, 0), XOR.input(p, 1)};
            assertArrayEquals(net.run(in), loaded.run(in), 1e-6f);
        }
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        CascadeTrainer.Builder b = CascadeTrainer.builder().maxNeurons(3).desiredError(-1).maxOutEpochs(60)
                .maxCandEpochs(60);
        Network first = b.seed(11).build().train(start(2, 1), XOR).network();
        Network again = b.seed(11).build().train(start(2, 1), XOR).network();
        Network other = b.seed(12).build().train(start(2, 1), XOR).network();
        assertEquals(first.topology(), again.topology());
        assertArrayEquals(first.weights(), again.weights());
        assertFalse(first.topology().equals(other.topology())
                && java.util.Arrays.equals(first.weights(), other.weights()), "the seed must matter");
    }

    @Test
    void threadsShareTheCandidatesWithoutChangingTheResult() {
        // 4 pairs are too few to share the output training, so every bit must agree
        CascadeTrainer.Builder b = CascadeTrainer.builder().maxNeurons(3).desiredError(-1).maxOutEpochs(60)
                .maxCandEpochs(60).seed(5);
        Network one = b.threads(1).build().train(start(2, 1), XOR).network();
        Network three = b.threads(3).build().train(start(2, 1), XOR).network();
        assertEquals(one.topology(), three.topology());
        assertArrayEquals(one.weights(), three.weights());
    }

    @Test
    void theChosenCandidateLowersTheError() {
        List<CascadeReport> reports = new ArrayList<>();
        CascadeTrainer.builder().maxNeurons(2).desiredError(-1).seed(3).listener(r -> {
            reports.add(r);
            return Decision.CONTINUE;
        }).build().train(start(2, 1), XOR);
        assertEquals(2, reports.size());
        assertEquals(0, reports.get(0).hiddenNeurons());
        assertEquals(1, reports.get(1).hiddenNeurons());
        assertTrue(reports.get(0).mse() > 0.2f, "a network without hidden neurons cannot learn XOR: "
                + reports.get(0).mse());
        assertTrue(reports.get(1).mse() < 0.5f * reports.get(0).mse(),
                "MSE " + reports.get(0).mse() + " -> " + reports.get(1).mse());
        assertEquals(3, reports.get(1).network().topology().numLayers());
        assertTrue(reports.get(1).totalEpochs() > reports.get(0).totalEpochs() + reports.get(1).outputEpochs());
    }

    @Test
    void listenerCanStopAndIsCalledEveryNthNeuron() {
        List<Integer> seen = new ArrayList<>();
        CascadeResult r = CascadeTrainer.builder().maxNeurons(5).desiredError(-1).neuronsBetweenReports(2)
                .maxOutEpochs(20).minOutEpochs(5).maxCandEpochs(20).minCandEpochs(5).listener(report -> {
                    seen.add(report.hiddenNeurons());
                    return report.hiddenNeurons() >= 3 ? Decision.STOP : Decision.CONTINUE;
                }).build().train(start(2, 1), XOR);
        // libfann reports rounds 1, 2, 4 and the last: after 0, 1, 3 neurons; the stop comes at 3
        assertEquals(List.of(0, 1, 3), seen);
        assertEquals(CascadeStopReason.LISTENER, r.reason());
        assertEquals(3, r.hiddenNeurons());
    }

    @Test
    void stopsAtMaxNeurons() {
        CascadeResult r = CascadeTrainer.builder().maxNeurons(2).desiredError(-1).maxOutEpochs(20).minOutEpochs(5)
                .maxCandEpochs(20).minCandEpochs(5).build().train(start(2, 1), XOR);
        assertEquals(CascadeStopReason.MAX_NEURONS, r.reason());
        assertEquals(2, r.hiddenNeurons());
        assertEquals(4, r.network().topology().numLayers());
    }

    @Test
    void bitFailStopFunction() {
        CascadeResult r = xorTrainer().stopFunction(StopFunction.BIT).desiredError(0).build()
                .train(start(2, 1), XOR);
        assertEquals(CascadeStopReason.DESIRED_ERROR, r.reason());
        assertEquals(0, r.bitFails());
    }

    @Test
    void quickpropAlsoGrowsAUsefulNetwork() {
        CascadeResult r = xorTrainer().algorithm(Quickprop.defaults()).build().train(start(2, 1), XOR);
        assertTrue(r.hiddenNeurons() >= 1);
        assertTrue(mse(r.network(), XOR) < 0.2f, "MSE " + mse(r.network(), XOR));
    }

    @Test
    void growsANetworkThatAlreadyHasHiddenLayers() {
        Network start = Network.builder().layers(2, 2, 1).shortcut()
                .hiddenActivation(ActivationFunction.SIGMOID_SYMMETRIC)
                .outputActivation(ActivationFunction.SIGMOID_SYMMETRIC).randomWeights(-1, 1).seed(5).build();
        CascadeResult r = CascadeTrainer.builder().maxNeurons(2).desiredError(-1).seed(2).build().train(start, XOR);
        assertEquals(4 + 1, r.network().topology().numLayers());
        assertEquals(2, r.network().topology().layerSize(1));
        float[] before = start.weights();
        float[] after = r.network().weights();
        // the neurons that were there stay as they were
        assertArrayEquals(java.util.Arrays.copyOf(before, 6), java.util.Arrays.copyOf(after, 6));
    }

    @Test
    void leavesTheStartNetworkAlone() {
        Network start = start(2, 1);
        float[] weights = start.weights();
        xorTrainer().build().train(start, XOR);
        assertArrayEquals(weights, start.weights());
        assertEquals(2, start.topology().numLayers());
    }

    @Test
    void rejectsWhatItCannotTrain() {
        CascadeTrainer trainer = CascadeTrainer.builder().build();
        Network layered = Network.builder().layers(2, 1).seed(1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.train(layered, XOR));
        assertTrue(e.getMessage().contains("shortcut"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> trainer.train(start(3, 1), XOR));
        assertTrue(e.getMessage().contains("3 inputs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> trainer.train(start(2, 2), XOR));
        assertTrue(e.getMessage().contains("2 outputs"), e.getMessage());
        Network threshold = Network.builder().layers(2, 1).shortcut().outputActivation(ActivationFunction.THRESHOLD)
                .build();
        e = assertThrows(IllegalArgumentException.class, () -> trainer.train(threshold, XOR));
        assertTrue(e.getMessage().contains("cannot be trained"), e.getMessage());
    }

    @Test
    void saysSoWhenTheErrorOverflows() {
        // a linear output cannot reach 3e38; its squared difference is infinite
        TrainingData huge = TrainingData.of(1, 1, new float[] {0, 1}, new float[] {3e38f, -3e38f});
        Network linear = Network.builder().layers(1, 1).shortcut().outputActivation(ActivationFunction.LINEAR).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> CascadeTrainer.builder().build().train(linear, huge));
        assertEquals(1, e.epoch());
        assertTrue(e.getMessage().contains("MSE"), e.getMessage());
    }

    @Test
    void resultIsConsistentWithTheNetwork() {
        CascadeResult r = xorTrainer().build().train(start(2, 1), XOR);
        // the reported MSE is of the last epoch, before its update; the network's own is close
        assertEquals(r.mse(), mse(r.network(), XOR), 0.01f);
        assertNotEquals(0, r.totalEpochs());
    }
}
