package dev.zenneural.tools.bench;

import dev.zenneural.core.nn.network.Network;

/**
 * Forward passes {@value #BATCH} rows per call through {@link Network#run(float[], int, float[])},
 * where each layer is one matrix product.
 */
final class BatchedInference implements Workload {

    static final int BATCH = 1024;

    private final Network network;
    private final float[] rows;
    private final float[] out = new float[BATCH * MushroomShape.OUTPUTS];
    private double sink;

    BatchedInference(Network network, long seed) {
        this.network = network;
        this.rows = MushroomShape.rows(BATCH, seed);
    }

    @Override
    public long call() {
        network.run(rows, BATCH, out);
        // One output per row read back, so that no row's work is unused.
        float sum = 0;
        for (int r = 0; r < BATCH; r++) {
            sum += out[r * MushroomShape.OUTPUTS];
        }
        sink += sum;
        return BATCH;
    }

    @Override
    public double checksum() {
        return sink;
    }
}
