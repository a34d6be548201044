package dev.zenneural.core.nn.train;

/**
 * One network being trained on a device (see {@link DeviceTraining}). Not thread-safe.
 */
public interface DeviceTrainingRun extends AutoCloseable {

    /**
     * Trains one epoch over the pairs, as the CPU engine does for the same algorithm (full-batch
     * algorithms update once, mini-batch ones once per batch), and returns its error: accounted with
     * the weights each pair was computed with, before the updates they lead to, as libfann.
     *
     * @param order the epoch's order of the pairs given to {@link DeviceTraining#start}: place
     *     {@code i} holds pair {@code order[i]}, each pair once; {@code null} for their own order
     * @return the epoch's MSE and bit fails
     * @throws IllegalArgumentException if {@code order} does not have one entry per pair
     */
    EpochError epoch(int[] order);

    /**
     * Copies the current weights from the device.
     *
     * @return one weight per connection, in the topology's order
     */
    float[] weights();

    /** Frees the device memory of this run; does nothing the second time. */
    @Override
    void close();
}
