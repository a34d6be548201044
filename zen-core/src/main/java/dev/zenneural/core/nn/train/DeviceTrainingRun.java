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
     * @return the epoch's MSE and bit fails
     */
    EpochError epoch();

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
