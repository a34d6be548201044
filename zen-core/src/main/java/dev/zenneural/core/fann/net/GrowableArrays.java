package dev.zenneural.core.fann.net;

import java.util.Arrays;

/**
 * Arrays that grow as a file's entries arrive, so that memory follows what the file really holds,
 * never what its header claims.
 */
final class GrowableArrays {

    private static final int INITIAL = 1024;

    private GrowableArrays() {
    }

    /** Room for index {@code index} in {@code a}, grown by doubling. */
    static int[] ensure(int[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, grow(a.length, index));
    }

    static float[] ensure(float[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, grow(a.length, index));
    }

    static <T> T[] ensure(T[] a, int index) {
        return index < a.length ? a : Arrays.copyOf(a, grow(a.length, index));
    }

    /** A first capacity: what is declared, but no more than a small start. */
    static int initial(long declared) {
        return (int) Math.min(declared, INITIAL);
    }

    private static int grow(int length, int index) {
        long wanted = Math.max(Math.max(INITIAL, (long) length * 2), index + 1L);
        return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
    }
}
