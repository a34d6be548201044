package dev.zenneural.core.nn.train;

import java.util.Arrays;

/**
 * The training inputs transposed ({@code numInputs x numPairs}, feature by feature), as the first
 * layer's forward product reads them: column by column. Stored that way they are copied into the
 * kernel's panels (or into a chunk) row by row, where the pairs' own layout made every chunk gather
 * every value (half the time of that product on mushroom).
 *
 * <p>As large as the inputs themselves, whatever range of them is trained on. Filled block by block,
 * by the thread that takes the block, and kept for the arrays a trainer gets epoch after epoch; a
 * shuffled epoch brings new arrays, and a new transposition. One instance serves all of a
 * {@link SlopeEngine}'s workers, so that any thread can take any block. Threads may
 * {@linkplain #fill fill} disjoint blocks at once; {@link #cover} is not thread-safe, so the engine
 * calls it before handing blocks out, and the workers' own calls then find the array covered.
 */
final class InputColumns {

    private final int numInputs;
    private float[] values = new float[0];
    private float[] of;
    private int numPairs;
    /** {@code filledTo[row] == end} where rows {@code row} to {@code end} hold {@link #of}'s inputs. */
    private int[] filledTo = new int[0];

    InputColumns(int numInputs) {
        this.numInputs = numInputs;
    }

    /** Makes these the columns of {@code pairs}' inputs, forgetting what was filled for other arrays. */
    void cover(Pairs pairs) {
        if (pairs.inputs() == of && pairs.numPairs() == numPairs) {
            return;
        }
        numPairs = pairs.numPairs();
        if (values.length < numInputs * numPairs) {
            values = new float[numInputs * numPairs];
        }
        if (filledTo.length < numPairs) {
            filledTo = new int[numPairs];
        } else {
            Arrays.fill(filledTo, 0, numPairs, 0);
        }
        of = pairs.inputs();
    }

    /** Transposes pairs {@code from} to {@code to} unless that block was filled for the covered array. */
    void fill(int from, int to) {
        if (filledTo[from] == to) {
            return;
        }
        for (int r = from; r < to; r++) {
            int in = r * numInputs;
            for (int i = 0; i < numInputs; i++) {
                values[i * numPairs + r] = of[in + i];
            }
        }
        filledTo[from] = to;
    }

    /** The columns: input {@code i} of pair {@code r} at {@code i * stride() + r}. */
    float[] values() {
        return values;
    }

    /** The distance between one input's column and the next's: the number of pairs covered. */
    int stride() {
        return numPairs;
    }
}
