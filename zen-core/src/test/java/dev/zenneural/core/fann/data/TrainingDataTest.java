package dev.zenneural.core.fann.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    private static TrainingData xor() throws IOException {
        return FannDataReadTest.fixture("xor.data");
    }

    @Test
    void ofCopiesAndChecks() {
        float[] inputs = {1, 2, 3, 4};
        float[] outputs = {5, 6};
        TrainingData data = TrainingData.of(2, 1, inputs, outputs);
        inputs[0] = 99;
        assertEquals(1f, data.input(0, 0));
        assertEquals(2, data.numPairs());
        assertEquals(4f, data.input(1, 1));
        assertEquals(6f, data.output(1, 0));
        assertEquals("TrainingData[2 pairs, 2 inputs, 1 outputs]", data.toString());

        assertEquals("3 input values do not make whole pairs of 2 inputs", assertThrows(IllegalArgumentException.class,
                () -> TrainingData.of(2, 1, new float[3], new float[1])).getMessage());
        assertEquals("0 input values do not make whole pairs of 2 inputs", assertThrows(IllegalArgumentException.class,
                () -> TrainingData.of(2, 1, new float[0], new float[0])).getMessage());
        assertEquals("2 pairs of 1 outputs need 2 output values, got 3", assertThrows(IllegalArgumentException.class,
                () -> TrainingData.of(2, 1, new float[4], new float[3])).getMessage());
        assertEquals("training data needs at least one input and one output per pair, got 2 inputs and 0 outputs",
                assertThrows(IllegalArgumentException.class,
                        () -> TrainingData.of(2, 0, new float[4], new float[0])).getMessage());
        assertEquals("outputs[1] is NaN; training data must be finite", assertThrows(IllegalArgumentException.class,
                () -> TrainingData.of(2, 1, new float[4], new float[] {0, Float.NaN})).getMessage());
        assertEquals("inputs[0] is Infinity; training data must be finite", assertThrows(
                IllegalArgumentException.class,
                () -> TrainingData.of(2, 1, new float[] {Float.POSITIVE_INFINITY, 0, 0, 0}, new float[2]))
                .getMessage());
    }

    @Test
    void accessorsCheckBoundsAndViewsAreReadOnly() throws IOException {
        TrainingData xor = xor();
        assertThrows(IndexOutOfBoundsException.class, () -> xor.input(4, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> xor.input(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> xor.output(0, 1));
        assertEquals(8, xor.inputBuffer().remaining());
        assertThrows(ReadOnlyBufferException.class, () -> xor.inputBuffer().put(0, 5f));
        assertThrows(ReadOnlyBufferException.class, () -> xor.outputBuffer().put(0, 5f));
        float[] batch = new float[5];
        xor.copyInputs(1, 2, batch, 1);
        assertArrayEquals(new float[] {0, -1, 1, 1, -1}, batch);
        xor.copyOutputs(2, 2, batch, 0);
        assertArrayEquals(new float[] {1, -1, 1, 1, -1}, batch);
        assertThrows(IndexOutOfBoundsException.class, () -> xor.copyInputs(3, 2, new float[10], 0));
        xor.inputs()[0] = 42;
        assertEquals(-1f, xor.input(0, 0));
    }

    @Test
    void scalesLikeFannByHand() {
        // One min/max over all inputs, not per column: 0 .. 10 onto -1 .. 1 is x * 0.2 - 1.
        TrainingData data = TrainingData.of(2, 1, new float[] {0, 5, 10, 2.5f}, new float[] {3, 7});
        TrainingData inputsScaled = data.scaleInputs(-1, 1);
        assertArrayEquals(new float[] {-1, 0, 1, -0.5f}, inputsScaled.inputs());
        assertArrayEquals(new float[] {3, 7}, inputsScaled.outputs());
        TrainingData outputsScaled = data.scaleOutputs(0, 1);
        assertArrayEquals(data.inputs(), outputsScaled.inputs());
        assertArrayEquals(new float[] {0, 1}, outputsScaled.outputs());
        TrainingData both = data.scale(0, 1);
        assertArrayEquals(new float[] {0, 0.5f, 1, 0.25f}, both.inputs());
        assertArrayEquals(new float[] {0, 1}, both.outputs());
        assertArrayEquals(new float[] {0, 5, 10, 2.5f}, data.inputs(), "the original is unchanged");
    }

    @Test
    void scalingRoundsInFloatInFannsOrder() {
        // 1 .. 4 onto -1 .. 1: factor 2/3 in float, then (x - 1) * factor + (-1).
        TrainingData data = TrainingData.of(1, 1, new float[] {1, 2, 4}, new float[] {0, 0, 1});
        float factor = 2f / 3f;
        float[] scaled = data.scaleInputs(-1, 1).inputs();
        assertEquals(-1f, scaled[0]);
        assertEquals(1f * factor - 1f, scaled[1]);
        assertEquals(-1.0 / 3, scaled[1], 1e-7);
        assertTrue(scaled[2] <= 1f && scaled[2] >= 1f - 1e-7f);
    }

    @Test
    void scalingClampsIntoTheNewRange() {
        Random random = new Random(3);
        float[] inputs = new float[1000];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) (random.nextGaussian() * 1e3);
        }
        float[] scaled = TrainingData.of(1, 1, inputs, new float[1000]).scaleInputs(0.1f, 0.9f).inputs();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : scaled) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.1f, min);
        assertEquals(0.9f, max, 1e-6);
        assertTrue(max <= 0.9f);
    }

    @Test
    void scalingRefusesWhatFannWouldTurnIntoNaN() throws IOException {
        TrainingData flat = TrainingData.of(1, 1, new float[] {2, 2}, new float[] {0, 1});
        assertEquals("cannot scale inputs: all of them are 2.0, so there is no range to stretch onto [0.0, 1.0]",
                assertThrows(IllegalStateException.class, () -> flat.scaleInputs(0, 1)).getMessage());
        assertEquals("cannot scale outputs to [1.0, 0.0]: the new range must be finite with min < max",
                assertThrows(IllegalArgumentException.class, () -> xor().scaleOutputs(1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> xor().scale(0, Float.NaN));
    }

    @Test
    void shufflesDeterministicallyKeepingPairsTogether() {
        int n = 50;
        float[] inputs = new float[n * 2];
        float[] outputs = new float[n];
        for (int i = 0; i < n; i++) {
            inputs[2 * i] = i;
            inputs[2 * i + 1] = -(float) i;
            outputs[i] = i * 10;
        }
        TrainingData data = TrainingData.of(2, 1, inputs, outputs);
        TrainingData shuffled = data.shuffle(42);
        assertEquals(shuffled, data.shuffle(42));
        assertEquals(shuffled, data.shuffle(new Random(42)));
        assertNotEquals(shuffled, data.shuffle(43));
        assertNotEquals(data, shuffled);
        List<Float> seen = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            float id = shuffled.input(p, 0);
            assertEquals(-id, shuffled.input(p, 1));
            assertEquals(id * 10, shuffled.output(p, 0));
            seen.add(id);
        }
        seen.sort(null);
        for (int i = 0; i < n; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void pinnedShuffleOrderForSeed() throws IOException {
        // Guards the promise that a seed gives the same order in every version.
        TrainingData shuffled = xor().shuffle(1234);
        // Random(1234) draws the order 0, 1, 3, 2.
        assertArrayEquals(new float[] {-1, -1, -1, 1, 1, 1, 1, -1}, shuffled.inputs());
        assertArrayEquals(new float[] {-1, 1, -1, 1}, shuffled.outputs());
    }

    @Test
    void subsetsLikeFann() throws IOException {
        TrainingData xor = xor();
        TrainingData middle = xor.subset(1, 2);
        assertEquals(2, middle.numPairs());
        assertArrayEquals(new float[] {-1, 1, 1, -1}, middle.inputs());
        assertArrayEquals(new float[] {1, 1}, middle.outputs());
        assertEquals(xor, xor.subset(0, 4));
        assertEquals("a subset of 2 pairs from pair 3 does not fit in training data of 4 pairs",
                assertThrows(IndexOutOfBoundsException.class, () -> xor.subset(3, 2)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> xor.subset(0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> xor.subset(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> xor.subset(2, Integer.MAX_VALUE));
    }

    @Test
    void mergesLikeFann() throws IOException {
        TrainingData xor = xor();
        TrainingData merged = xor.subset(2, 2).merge(xor.subset(0, 2));
        assertEquals(4, merged.numPairs());
        assertArrayEquals(new float[] {1, -1, 1, 1, -1, -1, -1, 1}, merged.inputs());
        assertArrayEquals(new float[] {1, -1, -1, 1}, merged.outputs());
        assertEquals(xor, xor.subset(0, 3).merge(xor.subset(3, 1)));
        TrainingData other = TrainingData.of(3, 1, new float[3], new float[1]);
        assertEquals("cannot merge training data of 2 inputs and 1 outputs per pair with training data of 3 inputs"
                + " and 1 outputs", assertThrows(IllegalArgumentException.class, () -> xor.merge(other)).getMessage());
    }

    @Test
    void equalityIsBitwise() {
        TrainingData zero = TrainingData.of(1, 1, new float[] {0}, new float[] {1});
        TrainingData negativeZero = TrainingData.of(1, 1, new float[] {-0f}, new float[] {1});
        assertNotEquals(zero, negativeZero);
        assertEquals(zero, TrainingData.of(1, 1, new float[] {0}, new float[] {1}));
        assertEquals(zero.hashCode(), TrainingData.of(1, 1, new float[] {0}, new float[] {1}).hashCode());
        assertNotEquals(TrainingData.of(2, 1, new float[] {1, 2}, new float[] {3}),
                TrainingData.of(1, 2, new float[] {1}, new float[] {2, 3}));
    }
}
