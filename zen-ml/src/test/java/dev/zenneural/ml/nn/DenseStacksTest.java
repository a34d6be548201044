package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.stack.ConvBlock;
import dev.zenneural.core.nn.stack.DenseBlock;
import dev.zenneural.core.nn.stack.DenseNet;
import dev.zenneural.core.nn.stack.LastStepBlock;
import dev.zenneural.core.nn.stack.MaxPoolBlock;
import dev.zenneural.core.nn.stack.RecurrentBlock;
import dev.zenneural.core.nn.stack.StackLayer;
import dev.zenneural.ml.forecast.DLinear;
import dev.zenneural.ml.forecast.NBeats;
import dev.zenneural.ml.forecast.NHits;
import dev.zenneural.ml.forecast.NLinear;
import dev.zenneural.ml.forecast.Rnn;
import dev.zenneural.ml.forecast.Tcn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseStacksTest {

    @Test
    void aReluMlpIsLinearBlocksWithReluButTheLast() {
        Sequential mlp = Mlps.reluMlp(null, 6, 4, 2, 3, new SplittableRandom(1));
        List<DenseBlock> blocks = dense(DenseStacks.of(mlp).branches().get(0));
        assertEquals(1, DenseStacks.of(mlp).branches().size());
        assertEquals(3, blocks.size());
        assertEquals(List.of(6, 4, 4), blocks.stream().map(DenseBlock::in).toList());
        assertEquals(List.of(4, 4, 3), blocks.stream().map(DenseBlock::out).toList());
        assertEquals(List.of(true, true, false), blocks.stream().map(DenseBlock::relu).toList());
        assertEquals(List.of(true, true, true), blocks.stream().map(DenseBlock::trainable).toList());
        Linear first = (Linear) mlp.layers().get(0);
        assertTrue(blocks.get(0).weight() == first.weight().value(), "the blocks share the parameters");
    }

    @Test
    void loadCopiesTrainedValuesIntoTheLayers() {
        Sequential mlp = Mlps.reluMlp(null, 2, 3, 1, 1, new SplittableRandom(1));
        List<DenseBlock> trained = List.of(new DenseBlock(2, 3, new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9},
                true, true), new DenseBlock(3, 1, new float[] {10, 11, 12}, new float[] {13}, false, true));
        DenseStacks.load(mlp, DenseNet.chain(trained));
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, ((Linear) mlp.layers().get(0)).weight().value());
        assertArrayEquals(new float[] {13}, ((Linear) mlp.layers().get(2)).bias().value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseStacks.load(mlp, DenseNet.chain(trained.subList(0, 1))));
        assertTrue(e.getMessage().contains("branch 0 has 2 layers; got 1"), e.getMessage());
    }

    @Test
    void nlinearAndDlinearAreSumsWithFrozenMaps() {
        Layer nlinear = NLinear.builder(3).inputSize(5).build().newNetwork(new SplittableRandom(1));
        DenseNet net = DenseStacks.of(nlinear);
        assertEquals(2, net.branches().size());
        assertEquals(List.of(false, true), trainable(net.branches().get(0)));
        assertEquals(List.of(false), trainable(net.branches().get(1)));
        assertEquals(5, net.in());
        assertEquals(3, net.out());
        Layer dlinear = DLinear.builder(3).inputSize(6).movingAvgWindow(3).build().newNetwork(new SplittableRandom(1));
        DenseNet d = DenseStacks.of(dlinear);
        assertEquals(2, d.branches().size());
        for (List<StackLayer> branch : d.branches()) {
            assertEquals(List.of(false, true), trainable(branch));
        }
        // A trained net comes back into the trainable blocks only: the fixed maps stay as they are.
        float[] fixed = dense(d.branches().get(0)).get(0).weight().clone();
        List<List<StackLayer>> trained = new ArrayList<>();
        for (List<StackLayer> branch : d.branches()) {
            trained.add(dense(branch).stream().<StackLayer>map(b -> new DenseBlock(b.in(), b.out(),
                    filled(b.weight().length), filled(b.out()), b.relu(), b.trainable())).toList());
        }
        DenseStacks.load(dlinear, new DenseNet(trained, DenseNet.Combination.SUM));
        DenseNet after = DenseStacks.of(dlinear);
        assertArrayEquals(fixed, dense(after.branches().get(0)).get(0).weight());
        assertArrayEquals(filled(3 * 6), dense(after.branches().get(1)).get(1).weight());
    }

    private static List<DenseBlock> dense(List<StackLayer> chain) {
        return chain.stream().map(DenseBlock.class::cast).toList();
    }

    private static List<Boolean> trainable(List<StackLayer> chain) {
        return dense(chain).stream().map(DenseBlock::trainable).toList();
    }

    private static float[] filled(int n) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, 0.5f);
        return v;
    }

    @Test
    void nbeatsIsADoublyResidualStackOfTrunksAndFrozenBases() {
        Layer nbeats = NBeats.builder(2).inputSize(4).hiddenSize(5).build().newNetwork(new SplittableRandom(1));
        DenseNet net = DenseStacks.of(nbeats);
        assertEquals(DenseNet.Combination.DOUBLY_RESIDUAL, net.combination());
        // Identity, trend and seasonality stacks of one block: 4 values in, 4 backcast + 2 forecast out.
        assertEquals(3, net.branches().size());
        assertEquals(4, net.in());
        assertEquals(2, net.out());
        for (List<StackLayer> block : net.branches()) {
            assertEquals(List.of(true, true, true, false), trainable(block));
            assertEquals(6, block.get(3).out());
        }
        // The trend block's bases: 3 polynomial coefficients for the backcast (rows 0-3), 3 for the
        // forecast (rows 4-5), block-diagonal.
        DenseBlock trend = dense(net.branches().get(1)).get(3);
        assertEquals(6, trend.in());
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                boolean offDiagonal = (r < 4) != (c < 3);
                if (offDiagonal) {
                    assertEquals(0f, trend.weight()[r * 6 + c], "row " + r + ", column " + c);
                }
            }
        }
        assertTrue(trend.weight()[0] != 0 && trend.weight()[4 * 6 + 3] != 0, "the bases are there");
        DenseBlock identity = dense(net.branches().get(0)).get(3);
        assertEquals(6, identity.in());
        float[] expected = new float[36];
        for (int i = 0; i < 6; i++) {
            expected[i * 6 + i] = 1;
        }
        assertArrayEquals(expected, identity.weight());
        DenseStacks.load(nbeats, net);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> DenseStacks.load(nbeats, new DenseNet(net.branches(), DenseNet.Combination.SUM)));
        assertTrue(wrong.getMessage().startsWith("the network's branches combine as DOUBLY_RESIDUAL; got SUM"),
                wrong.getMessage());
    }

    @Test
    void nhitsBlocksPoolTheirInputFirst() {
        Layer nhits = NHits.builder(2).inputSize(7).hiddenSize(4).build().newNetwork(new SplittableRandom(1));
        DenseNet net = DenseStacks.of(nhits);
        assertEquals(DenseNet.Combination.DOUBLY_RESIDUAL, net.combination());
        assertEquals(7, net.in());
        assertEquals(2, net.out());
        for (List<StackLayer> block : net.branches()) {
            MaxPoolBlock pool = (MaxPoolBlock) block.get(0);
            assertEquals(7, pool.in());
            assertEquals(block.get(1).in(), pool.out());
        }
        DenseStacks.load(nhits, net);
    }

    @Test
    void anRnnIsRecurrentBlocksThenTheDecodersDenseBlocks() {
        Layer gru = Rnn.gru(2).inputSize(5).encoderHiddenSize(3).encoderNLayers(2).decoderHiddenSize(4)
                .decoderLayers(1).build().newNetwork(new SplittableRandom(1));
        DenseNet net = DenseStacks.of(gru);
        List<StackLayer> chain = net.branches().get(0);
        assertEquals(4, chain.size());
        RecurrentBlock first = (RecurrentBlock) chain.get(0);
        RecurrentBlock second = (RecurrentBlock) chain.get(1);
        assertEquals(RecurrentBlock.Cell.GRU, first.cell());
        assertEquals(List.of(1, 3, 5, true), List.of(first.features(), first.hidden(), first.steps(), first.everyStep()));
        assertEquals(List.of(3, 3, 5, false), List.of(second.features(), second.hidden(), second.steps(),
                second.everyStep()));
        assertEquals(List.of(3, 4), List.of(chain.get(2).in(), chain.get(3).in()));
        assertEquals(5, net.in());
        assertEquals(2, net.out());
        Recurrent host = (Recurrent) ((Sequential) gru).layers().get(0);
        assertTrue(first.inputWeight() == host.inputWeight().value() && first.recurrentBias() == host.recurrentBias()
                .value(), "the blocks share the parameters");
        // Trained values come back into every recurrent array.
        List<StackLayer> trained = new ArrayList<>(chain);
        trained.set(1, new RecurrentBlock(second.cell(), 3, 3, 5, false, filled(27), filled(27), filled(9),
                filled(9)));
        DenseStacks.load(gru, DenseNet.chain(trained));
        Recurrent loaded = (Recurrent) ((Sequential) gru).layers().get(1);
        for (Parameter p : loaded.parameters()) {
            assertArrayEquals(filled(p.value().length), p.value(), p.name());
        }
        trained.set(1, new RecurrentBlock(RecurrentBlock.Cell.LSTM, 3, 3, 5, false, new float[36], new float[36],
                new float[12], new float[12]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseStacks.load(gru, DenseNet.chain(trained)));
        assertEquals("layer 1 of branch 0 is a GRU block 15 -> 3; got a LSTM block 15 -> 3", e.getMessage());
        Layer lstm = Rnn.lstm(2).inputSize(4).encoderNLayers(1).build().newNetwork(new SplittableRandom(1));
        assertEquals(RecurrentBlock.Cell.LSTM, ((RecurrentBlock) DenseStacks.of(lstm).branches().get(0).get(0)).cell());
    }

    @Test
    void aReluAfterARecurrentLayerIsNotTrainedOnTheDevice() {
        Layer net = new Sequential(List.of(new Recurrent(Recurrent.CellType.RNN, 1, 2, 3, false,
                new SplittableRandom(1)), new Relu(2)));
        assertEquals("layer 0 is a Recurrent; the device trains " + DenseStacks.SUPPORTED,
                assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(net)).getMessage());
    }

    @Test
    void otherLayersAreNamedAsUnsupported() {
        Layer own = new Sequential(List.of(new Linear(3, 2, new SplittableRandom(1)), new Sequential(List.of(
                new Relu(2), new Negation(2)))));
        assertEquals("layer 2 is a Negation; the device trains " + DenseStacks.SUPPORTED,
                assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(own)).getMessage());
        Sum branches = new Sum(List.of(new Linear(2, 2, new SplittableRandom(1)), new Sequential(List.of(
                new Linear(2, 2, new SplittableRandom(1)), new Relu(2), new Relu(2)))));
        assertEquals("branch 1: layer 2 is a Relu; the device trains " + DenseStacks.SUPPORTED,
                assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(branches)).getMessage());
    }

    @Test
    void aTcnIsConvolutionsWithReluThenTheLastStepThenItsDecoder() {
        Layer tcn = Tcn.builder(3).inputSize(5).kernelSize(2).dilations(1, 4).encoderHiddenSize(4)
                .decoderHiddenSize(6).decoderLayers(1).build().newNetwork(new SplittableRandom(1));
        List<StackLayer> chain = DenseStacks.of(tcn).branches().get(0);
        assertEquals(5, chain.size(), chain.toString());
        ConvBlock first = (ConvBlock) chain.get(0);
        ConvBlock second = (ConvBlock) chain.get(1);
        assertEquals(List.of(5, 1, 4, 2, 1, true), List.of(first.steps(), first.inChannels(), first.outChannels(),
                first.kernelSize(), first.dilation(), first.relu()));
        assertEquals(List.of(4, 4, true), List.of(second.inChannels(), second.dilation(), second.relu()));
        CausalConv conv = (CausalConv) ((Sequential) tcn).layers().get(0);
        assertTrue(first.weight() == conv.weight().value() && first.bias() == conv.bias().value(), "shared arrays");
        assertEquals(new LastStepBlock(5, 4), chain.get(2));
        assertEquals(List.of(4, 6, true), List.of(chain.get(3).in(), chain.get(3).out(), ((DenseBlock) chain.get(3))
                .relu()));
        assertEquals(List.of(6, 3, false), List.of(chain.get(4).in(), chain.get(4).out(), ((DenseBlock) chain.get(4))
                .relu()));
    }

    @Test
    void loadCopiesTrainedConvolutionsAndRefusesOtherShapes() {
        Layer tcn = Tcn.builder(1).inputSize(3).kernelSize(1).dilations(2).encoderHiddenSize(2).decoderHiddenSize(2)
                .decoderLayers(1).build().newNetwork(new SplittableRandom(1));
        List<StackLayer> trained = new ArrayList<>(DenseStacks.of(tcn).branches().get(0));
        trained.set(0, new ConvBlock(3, 1, 2, 1, 2, new float[] {5, 6}, new float[] {7, 8}, true));
        DenseStacks.load(tcn, DenseNet.chain(trained));
        CausalConv conv = (CausalConv) ((Sequential) tcn).layers().get(0);
        assertArrayEquals(new float[] {5, 6}, conv.weight().value());
        assertArrayEquals(new float[] {7, 8}, conv.bias().value());
        trained.set(0, new ConvBlock(3, 1, 2, 1, 1, new float[] {5, 6}, new float[] {7, 8}, true));
        assertEquals("layer 0 of branch 0 is a convolution of 3 steps, 1 -> 2 channels, 1 taps 2 apart with ReLU; got"
                + " a convolution of 3 steps, 1 -> 2 channels, 1 taps 1 apart with ReLU", assertThrows(
                IllegalArgumentException.class, () -> DenseStacks.load(tcn, DenseNet.chain(trained))).getMessage());
    }

    /** A layer of the caller's own, which no device knows: {@code -x}. */
    private static final class Negation implements Layer {

        private final int size;

        Negation(int size) {
            this.size = size;
        }

        @Override
        public int inputSize() {
            return size;
        }

        @Override
        public int outputSize() {
            return size;
        }

        @Override
        public float[] forward(float[] input, int rows) {
            float[] out = new float[rows * size];
            for (int i = 0; i < out.length; i++) {
                out[i] = -input[i];
            }
            return out;
        }

        @Override
        public float[] backward(float[] gradOutput, int rows) {
            return forward(gradOutput, rows);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }
}
