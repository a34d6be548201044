package dev.zenneural.core.nn.train;

import dev.zenneural.core.concurrent.Crew;
import dev.zenneural.core.nn.network.Topology;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sums slopes over ranges of pairs on a fixed number of threads, deterministically. A range is cut
 * into contiguous blocks (the cut depends only on the range, the thread count and the network's
 * size), which the threads take from a {@link BlockQueue}, so that a thread the machine runs slower
 * does less of the work. Yet block {@code b} always sums into its own slopes and error accumulator
 * (block 0 into the caller's), and the blocks are added up in block order, so which thread took
 * which block never shows: the same weights, pairs and thread count always give the same bits.
 * Ranges of fewer than {@link #MIN_BATCHED_PAIRS} pairs go pair by pair in libfann's order on the
 * calling thread.
 *
 * <p>Why blocks rather than one fixed share per thread: on this project's two-CPU machine the same
 * half of mushroom's epoch took up to 1.5 times as long on one CPU as on the other, which CPU
 * changing from second to second, while running both halves at once slowed neither; with a fixed
 * half each, the epoch waited for the slower CPU.
 *
 * <p>Owns its threads (a {@link Crew} of daemons, started by the first range that is shared out, so
 * never for trainings whose ranges all fit one block, stopped by {@link #close()}), separate from
 * the kernels' pool, because a block's matrix products may themselves use that pool. Between calls
 * they spin briefly rather than park, so that the next epoch need not wake them. Starting them with
 * the engine cost a two-thread training of XOR (4 pairs, never shared out) about 0.2 ms a call.
 */
final class SlopeEngine implements AutoCloseable {

    /** Fewer rows than this are not worth a block of their own (nor a hand-off). */
    static final int MIN_ROWS_PER_BLOCK = 64;
    /**
     * Fewer pairs than this go pair by pair even where matrix products could run: on a handful of
     * pairs the products' set-up costs more than they save (measured on XOR: 30 times slower).
     */
    static final int MIN_BATCHED_PAIRS = 32;
    /** Blocks per thread at most: enough to even out threads of unequal speed. */
    static final int BLOCKS_PER_THREAD = 8;
    /** The most floats the blocks' slopes may take together, unless one block per thread needs more. */
    static final long BLOCK_SLOPES_FLOATS = 1L << 22;
    /**
     * How long the helpers spin after a call before they park: longer than what an epoch does
     * between its calls (the weight update and the stop checks, medians of 10 to 37 µs on
     * mushroom), so that epoch after epoch they start at once; short enough that a trainer that does
     * more between calls (validation) wastes little.
     */
    static final Duration HELPER_SPIN = Duration.ofNanos(200_000);

    private final SlopeWorker[] workers;
    private final SlopeWorker smallRanges;
    /** The dense workers' shared transposed inputs; null where the workers go pair by pair. */
    private final InputColumns columns;
    private final int connections;
    private final int maxBlocks;
    /** Each block's slopes and errors, but block 0's, which go to the caller's; made when first used. */
    private final float[][] blockSlopes;
    private final ErrorAccumulator[] blockErrors;
    private final BlockQueue queue;
    /** The caller and the helper threads; null on one thread and until a range is shared out. */
    private Crew crew;
    /** Set by {@link #close()}: no crew is started after it, which nothing would stop. */
    private boolean closed;

    SlopeEngine(Topology topology, ErrorFunction errorFunction, float bitFailLimit, int threads) {
        this(topology, errorFunction, bitFailLimit, threads, false);
    }

    /**
     * With {@code pairByPair}, libfann's exact order even where matrix products could run; that is
     * one pass over the pairs only with {@code threads == 1}.
     */
    SlopeEngine(Topology topology, ErrorFunction errorFunction, float bitFailLimit, int threads, boolean pairByPair) {
        this.workers = new SlopeWorker[threads];
        InputColumns shared = new InputColumns(topology.numInputs());
        for (int i = 0; i < threads; i++) {
            SlopeWorker dense = pairByPair ? null : DenseSlopeWorker.forTopology(topology, errorFunction, shared);
            workers[i] = dense != null ? dense : new PairSlopeWorker(topology, errorFunction);
        }
        this.columns = workers[0] instanceof DenseSlopeWorker ? shared : null;
        this.smallRanges = new PairSlopeWorker(topology, errorFunction);
        this.connections = topology.totalConnections();
        long affordable = BLOCK_SLOPES_FLOATS / Math.max(1, connections);
        this.maxBlocks = threads == 1 ? 1
                : (int) Math.max(threads, Math.min((long) threads * BLOCKS_PER_THREAD, affordable));
        this.blockSlopes = new float[maxBlocks][];
        this.blockErrors = new ErrorAccumulator[maxBlocks];
        for (int b = 1; b < maxBlocks; b++) {
            blockErrors[b] = new ErrorAccumulator(bitFailLimit);
        }
        this.queue = new BlockQueue(threads);
    }

    /** Whether the helper threads have been started (by a range shared out). */
    boolean helpersStarted() {
        return crew != null;
    }

    /** Whether the slopes come from matrix products rather than pair by pair. */
    boolean batched() {
        return columns != null;
    }

    /**
     * How many blocks a range of {@code rows} pairs is cut into: a chunk's worth of rows each where
     * there are enough, at least one per thread, at most {@link #BLOCKS_PER_THREAD} per thread (fewer
     * where their slopes would take more than {@link #BLOCK_SLOPES_FLOATS}), and never fewer than
     * {@link #MIN_ROWS_PER_BLOCK} rows each. One block means no hand-off.
     */
    int blocks(int rows) {
        int most = rows / MIN_ROWS_PER_BLOCK;
        if (workers.length == 1 || most < 2) {
            return 1;
        }
        int chunks = (rows + DenseSlopeWorker.CHUNK - 1) / DenseSlopeWorker.CHUNK;
        return Math.min(most, Math.min(maxBlocks, Math.max(workers.length, chunks)));
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
        int blocks = blocks(to - from);
        if (blocks == 1) {
            workers[0].addSlopes(weights, pairs, from, to, slopes, accumulator);
            return;
        }
        if (columns != null) {
            // Here, before any hand-off: covering a new array is not thread-safe.
            columns.cover(pairs);
        }
        for (int b = 1; b < blocks; b++) {
            if (blockSlopes[b] == null) {
                blockSlopes[b] = new float[connections];
            }
        }
        int participants = Math.min(workers.length, blocks);
        queue.reset(blocks, participants);
        if (crew == null) {
            if (closed) {
                throw new IllegalStateException("the slope engine is closed");
            }
            crew = new Crew("zen-train", workers.length - 1, HELPER_SPIN);
        }
        crew.run(member -> {
            if (member < participants) {
                takeBlocks(member, weights, pairs, from, to, blocks, slopes, accumulator);
            }
        });
        for (int b = 1; b < blocks; b++) {
            float[] block = blockSlopes[b];
            for (int i = 0; i < slopes.length; i++) {
                slopes[i] += block[i];
            }
            accumulator.addAll(blockErrors[b]);
        }
    }

    /**
     * Sums the blocks that participant {@code p} takes, on its own worker: block 0 into the caller's
     * {@code slopes} and {@code accumulator}, any other into its own buffers.
     */
    private void takeBlocks(int p, float[] weights, Pairs pairs, int from, int to, int blocks, float[] slopes,
            ErrorAccumulator accumulator) {
        for (int b = queue.take(p); b >= 0; b = queue.take(p)) {
            int lo = blockStart(from, to, blocks, b);
            int hi = blockStart(from, to, blocks, b + 1);
            if (b == 0) {
                workers[p].addSlopes(weights, pairs, lo, hi, slopes, accumulator);
            } else {
                Arrays.fill(blockSlopes[b], 0f);
                blockErrors[b].reset();
                workers[p].addSlopes(weights, pairs, lo, hi, blockSlopes[b], blockErrors[b]);
            }
        }
    }

    /** Where block {@code block} of pairs {@code from} to {@code to} cut into {@code blocks} starts. */
    static int blockStart(int from, int to, int blocks, int block) {
        return from + (int) ((long) (to - from) * block / blocks);
    }

    @Override
    public void close() {
        closed = true;
        if (crew != null) {
            crew.close();
        }
    }
}
