package dev.zenneural.tools.bench;

import dev.zenneural.core.nn.network.Network;

/**
 * Forward passes one row at a time through {@link Network#run(float[], float[])}, the thread-safe,
 * allocation-free path, over {@value #ROWS} different rows per call.
 */
final class SingleRowInference implements Workload {

    static final int ROWS = 256;

    private final Network network;
    private final float[][] rows = new float[ROWS][MushroomShape.INPUTS];
    private final float[] out = new float[MushroomShape.OUTPUTS];
    private double sink;

    SingleRowInference(Network network, long seed) {
        this.network = network;
        float[] all = MushroomShape.rows(ROWS, seed);
        for (int r = 0; r < ROWS; r++) {
            System.arraycopy(all, r * MushroomShape.INPUTS, rows[r], 0, MushroomShape.INPUTS);
        }
    }

    @Override
    public long call() {
        float sum = 0;
        for (float[] row : rows) {
            network.run(row, out);
            sum += out[0];
        }
        sink += sum;
        return ROWS;
    }

    @Override
    public double checksum() {
        return sink;
    }
}
