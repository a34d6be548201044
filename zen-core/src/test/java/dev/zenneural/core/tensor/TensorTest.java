package dev.zenneural.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void isRowMajor() {
        Tensor t = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals(2, t.rows());
        assertEquals(3, t.cols());
        assertEquals(6f, t.get(1, 2));
        t.set(0, 1, 9f);
        assertEquals(9f, t.data()[1]);
    }

    @Test
    void wrapSharesAndOfCopies() {
        float[] values = {1, 2};
        assertSame(values, Tensor.wrap(values, 2).data());
        Tensor copy = Tensor.of(values, 1, 2);
        values[0] = 5;
        assertEquals(1f, copy.get(0, 0));
    }

    @Test
    void shapeIsDefensivelyCopied() {
        int[] shape = {2, 2};
        Tensor t = Tensor.zeros(shape);
        shape[0] = 9;
        assertArrayEquals(new int[] {2, 2}, t.shape());
    }

    @Test
    void rejectsShapeThatDoesNotMatchData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.wrap(new float[5], 2, 3));
        assertEquals("shape [2, 3] holds 6 values but the array has 5", e.getMessage());
    }

    @Test
    void rejectsNegativeAndOverflowingShapes() {
        assertEquals("dimension 1 of shape [2, -1] is negative",
                assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, -1)).getMessage());
        IllegalArgumentException overflow = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(65536, 65536));
        assertEquals("shape [65536, 65536] holds more values than one Java array can (2147483639)",
                overflow.getMessage());
    }

    @Test
    void namesOutOfRangeIndex() {
        Tensor t = Tensor.zeros(2, 2);
        assertEquals("(2, 0) is outside a 2x2 matrix",
                assertThrows(IndexOutOfBoundsException.class, () -> t.get(2, 0)).getMessage());
    }

    @Test
    void matrixAccessOnVectorFails() {
        assertThrows(IllegalStateException.class, () -> Tensor.zeros(4).rows());
    }
}
