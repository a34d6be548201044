package dev.zenneural.core.nn.train;

import dev.zenneural.core.concurrent.Futures;
import dev.zenneural.core.concurrent.Pools;
import dev.zenneural.core.nn.network.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Sums slopes over ranges of pairs on a fixed number of threads, deterministically: a range is cut
 * into one contiguous shard per thread (the cut depends only on the range and the thread count),
 * each shard sums into its own slopes and error accumulator, and the shards are added up in shard
 * order. The same weights, pairs and thread count therefore always give the same bits. Ranges of
 * fewer than {@link #MIN_BATCHED_PAIRS} pairs go pair by pair in libfann's order on the calling
 * thread.
 *
 * <p>Owns its threads (daemons, started here, stopped by {@link #close()}), separate from the
 * kernels' pool, because a shard's matrix products may themselves use that pool.
 */
final class SlopeEngine implements AutoCloseable {

    /** Fewer rows than this per thread are not worth a hand-off. */
    static final int MIN_ROWS_PER_THREAD = 64;
    /**
     * Fewer pairs than this go pair by pair even where matrix products could run: on a handful of
     * pairs the products' set-up costs more than they save (measured on XOR: 30 times slower).
     */
    static final int MIN_BATCHED_PAIRS = 32;

    private final SlopeWorker[] workers;
    private final SlopeWorker smallRanges;
    private final ErrorAccumulator[] shardErrors;
    private final float[][] shardSlopes;
    private final ExecutorService pool;

    SlopeEngine(Topology topology, ErrorFunction errorFunction, float bitFailLimit, int threads) {
        this(topology, errorFunction, bitFailLimit, threads, false);
    }

    /**
     * With {@code pairByPair}, libfann's exact order even where matrix products could run; that is
     * one pass over the pairs only with {@code threads == 1}.
     */
    SlopeEngine(Topology topology, ErrorFunction errorFunction, float bitFailLimit, int threads, boolean pairByPair) {
        this.workers = new SlopeWorker[threads];
        this.shardErrors = new ErrorAccumulator[threads];
        this.shardSlopes = new float[threads][];
        for (int i = 0; i < threads; i++) {
            SlopeWorker dense = pairByPair ? null : DenseSlopeWorker.forTopology(topology, errorFunction);
            workers[i] = dense != null ? dense : new PairSlopeWorker(topology, errorFunction);
            shardErrors[i] = new ErrorAccumulator(bitFailLimit);
            shardSlopes[i] = i == 0 ? null : new float[topology.totalConnections()];
        }
        this.smallRanges = new PairSlopeWorker(topology, errorFunction);
        this.pool = threads == 1 ? null : Pools.daemons("zen-train", threads - 1);
    }

    /** Whether the slopes come from matrix products rather than pair by pair. */
    boolean batched() {
        return workers[0] instanceof DenseSlopeWorker;
    }

    /**
     * Adds the slopes of pairs {@code from} to {@code to} (exclusive) to {@code slopes} and accounts
     * their errors in {@code accumulator}.
     */
    void addSlopes(float[] weights, Pairs pairs, int from, int to, float[] slopes, ErrorAccumulator accumulator) {
        if (to - from < MIN_BATCHED_PAIRS) {
            smallRanges.addSlopes(weights, pairs, from, to, slopes, accumulator);
            return;
        }
        int shards = Math.max(1, Math.min(workers.length, (to - from) / MIN_ROWS_PER_THREAD));
        if (shards == 1) {
            workers[0].addSlopes(weights, pairs, from, to, slopes, accumulator);
            return;
        }
        List<Future<?>> others = new ArrayList<>(shards - 1);
        for (int s = 1; s < shards; s++) {
            int shard = s;
            others.add(pool.submit(() -> {
                Arrays.fill(shardSlopes[shard], 0f);
                shardErrors[shard].reset();
                workers[shard].addSlopes(weights, pairs, cut(from, to, shards, shard), cut(from, to, shards, shard + 1),
                        shardSlopes[shard], shardErrors[shard]);
            }));
        }
        try {
            workers[0].addSlopes(weights, pairs, from, cut(from, to, shards, 1), slopes, accumulator);
        } finally {
            // Even when shard 0 failed: no shard may outlive the call, its buffers are reused.
            others.forEach(Futures::join);
        }
        for (int s = 1; s < shards; s++) {
            float[] shardSlope = shardSlopes[s];
            for (int i = 0; i < slopes.length; i++) {
                slopes[i] += shardSlope[i];
            }
            accumulator.addAll(shardErrors[s]);
        }
    }

    private static int cut(int from, int to, int shards, int shard) {
        return from + (int) ((long) (to - from) * shard / shards);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
