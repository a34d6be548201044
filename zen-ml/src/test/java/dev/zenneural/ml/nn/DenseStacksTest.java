package dev.zenneural.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zenneural.core.nn.stack.DenseBlock;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseStacksTest {

    @Test
    void aReluMlpIsLinearBlocksWithReluButTheLast() {
        Sequential mlp = Mlps.reluMlp(null, 6, 4, 2, 3, new SplittableRandom(1));
        List<DenseBlock> blocks = DenseStacks.of(mlp);
        assertEquals(3, blocks.size());
        assertEquals(List.of(6, 4, 4), blocks.stream().map(DenseBlock::in).toList());
        assertEquals(List.of(4, 4, 3), blocks.stream().map(DenseBlock::out).toList());
        assertEquals(List.of(true, true, false), blocks.stream().map(DenseBlock::relu).toList());
        Linear first = (Linear) mlp.layers().get(0);
        assertTrue(blocks.get(0).weight() == first.weight().value(), "the blocks share the parameters");
    }

    @Test
    void loadCopiesTrainedValuesIntoTheLayers() {
        Sequential mlp = Mlps.reluMlp(null, 2, 3, 1, 1, new SplittableRandom(1));
        List<DenseBlock> trained = List.of(new DenseBlock(2, 3, new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9},
                true), new DenseBlock(3, 1, new float[] {10, 11, 12}, new float[] {13}, false));
        DenseStacks.load(mlp, trained);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, ((Linear) mlp.layers().get(0)).weight().value());
        assertArrayEquals(new float[] {13}, ((Linear) mlp.layers().get(2)).bias().value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseStacks.load(mlp, trained.subList(0, 1)));
        assertTrue(e.getMessage().contains("2 dense blocks; got 1"), e.getMessage());
    }

    @Test
    void otherLayersAreNamedAsUnsupported() {
        Sequential prefixed = Mlps.reluMlp(Mlps.identity(3), 3, 4, 1, 2, new SplittableRandom(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(prefixed));
        assertEquals("layer 0 is a FixedLinear; the device trains " + DenseStacks.SUPPORTED, e.getMessage());
        Sum branches = new Sum(List.of(new Linear(2, 2, new SplittableRandom(1)), Mlps.identity(2)));
        assertFalse(assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(branches)).getMessage()
                .isEmpty());
        Sequential twoRelus = new Sequential(List.of(new Linear(2, 2, new SplittableRandom(1)), new Relu(2),
                new Relu(2)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DenseStacks.of(twoRelus)).getMessage()
                .startsWith("layer 2 is a Relu"));
    }
}
