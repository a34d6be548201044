package dev.zenneural.core.tensor;

import java.util.Arrays;

/**
 * A dense tensor of 32-bit floats: one contiguous {@code float[]} in row-major order.
 *
 * <p>The shape is fixed at construction; the values are mutable so that kernels can write their
 * results in place without allocating. {@link #data()} exposes the backing array on purpose: it is
 * what kernels and backends read and write.
 */
public final class Tensor {

    private final float[] data;
    private final int[] shape;

    private Tensor(float[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A tensor of the given shape filled with zeros. */
    public static Tensor zeros(int... shape) {
        int[] copy = shape.clone();
        return new Tensor(new float[sizeOf(copy)], copy);
    }

    /**
     * A tensor that wraps {@code data} (no copy) with the given shape.
     *
     * @throws IllegalArgumentException if the shape does not hold exactly {@code data.length} values
     */
    public static Tensor wrap(float[] data, int... shape) {
        int[] copy = shape.clone();
        int size = sizeOf(copy);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(copy) + " holds " + size
                    + " values but the array has " + data.length);
        }
        return new Tensor(data, copy);
    }

    /** A copy of {@code data} with the given shape. */
    public static Tensor of(float[] data, int... shape) {
        return wrap(data.clone(), shape);
    }

    /** The number of values a shape holds, checked for negative sizes and int overflow. */
    public static int sizeOf(int... shape) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("a tensor needs at least one dimension");
        }
        long size = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("dimension " + i + " of shape " + Arrays.toString(shape)
                        + " is negative");
            }
            size *= shape[i];
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " holds more values than one Java array can (" + (Integer.MAX_VALUE - 8) + ")");
            }
        }
        return (int) size;
    }

    /** The backing array, row-major; writes through it change this tensor. */
    public float[] data() {
        return data;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** The size of dimension {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return data.length;
    }

    /** Rows of a matrix (rank 2). */
    public int rows() {
        requireMatrix();
        return shape[0];
    }

    /** Columns of a matrix (rank 2). */
    public int cols() {
        requireMatrix();
        return shape[1];
    }

    /** The value at row {@code r}, column {@code c} of a matrix. */
    public float get(int r, int c) {
        return data[index(r, c)];
    }

    /** Sets the value at row {@code r}, column {@code c} of a matrix. */
    public void set(int r, int c, float value) {
        data[index(r, c)] = value;
    }

    /** A tensor with the same values and another shape of the same size. */
    public Tensor reshape(int... newShape) {
        return wrap(data, newShape);
    }

    /** A deep copy. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    private int index(int r, int c) {
        requireMatrix();
        if (r < 0 || r >= shape[0] || c < 0 || c >= shape[1]) {
            throw new IndexOutOfBoundsException("(" + r + ", " + c + ") is outside a " + shape[0] + "x"
                    + shape[1] + " matrix");
        }
        return r * shape[1] + c;
    }

    private void requireMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a matrix (rank 2), got shape " + Arrays.toString(shape));
        }
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
