package dev.zenneural.core.nn.train;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Hands the blocks of one call out to a fixed number of takers: each first takes its own share (a
 * contiguous run of blocks, from its start), then what is left of the others' shares, from their
 * ends. A taker that the machine runs slower thus leaves part of its share to the others, while
 * each sums mostly the same rows call after call: with two threads, the caller and the one pool
 * thread, those rows may still be in its core's cache from the call before.
 */
final class BlockQueue {

    /** Per taker, the next block of its share in the high half and the share's end in the low. */
    private final AtomicLongArray shares;
    private int takers;

    /** A queue for up to {@code maxTakers} takers, holding no blocks. */
    BlockQueue(int maxTakers) {
        this.shares = new AtomicLongArray(maxTakers);
    }

    /**
     * Shares out blocks 0 to {@code blocks - 1} among {@code takers} takers, in order. Not
     * thread-safe: call it before handing the queue to the takers.
     */
    void reset(int blocks, int takers) {
        if (takers < 1 || takers > shares.length() || blocks < 0) {
            throw new IllegalArgumentException(blocks + " blocks for " + takers + " takers");
        }
        this.takers = takers;
        for (int t = 0; t < takers; t++) {
            shares.set(t, pack(share(blocks, takers, t), share(blocks, takers, t + 1)));
        }
    }

    /** The next block for {@code taker}, its own first, or -1 when none is left. */
    int take(int taker) {
        int own = takeFrom(taker, true);
        if (own >= 0) {
            return own;
        }
        for (int k = 1; k < takers; k++) {
            int block = takeFrom((taker + k) % takers, false);
            if (block >= 0) {
                return block;
            }
        }
        return -1;
    }

    /** The first block left in {@code share} if {@code first}, else the last, or -1 if none is. */
    private int takeFrom(int share, boolean first) {
        while (true) {
            long s = shares.get(share);
            int next = (int) (s >>> 32);
            int end = (int) s;
            if (next >= end) {
                return -1;
            }
            if (shares.compareAndSet(share, s, first ? pack(next + 1, end) : pack(next, end - 1))) {
                return first ? next : end - 1;
            }
        }
    }

    private static int share(int blocks, int takers, int taker) {
        return (int) ((long) blocks * taker / takers);
    }

    private static long pack(int next, int end) {
        return (long) next << 32 | end;
    }
}
