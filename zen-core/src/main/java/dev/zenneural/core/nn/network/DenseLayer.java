package dev.zenneural.core.nn.network;

/**
 * A layer whose first {@code count} neurons each read the same {@code k} consecutive neurons
 * starting at {@code sourceStart}, in order, with weights stored row after row from
 * {@code weightStart}; the rest of the layer are bias neurons. Such a layer is a matrix product,
 * which is what FANN's fully connected layers (standard and shortcut) are.
 *
 * @param count the neurons with connections, the first of the layer
 * @param sourceStart the first source neuron
 * @param k sources per neuron
 * @param weightStart the first connection (weight) of the layer
 */
public record DenseLayer(int count, int sourceStart, int k, int weightStart) {

    /** The dense description of {@code layer}, or null if it is not dense. */
    static DenseLayer detect(Topology t, int layer) {
        int first = t.layerStart(layer);
        int end = first + t.layerSize(layer);
        int count = 0;
        while (first + count < end && t.connectionCount(first + count) > 0) {
            count++;
        }
        for (int n = first + count; n < end; n++) {
            if (t.connectionCount(n) != 0) {
                return null;
            }
        }
        if (count == 0) {
            return null;
        }
        int k = t.connectionCount(first);
        int weightStart = t.connectionStart(first);
        int sourceStart = t.source(weightStart);
        for (int j = 0; j < count; j++) {
            int n = first + j;
            if (t.connectionCount(n) != k || t.connectionStart(n) != weightStart + j * k) {
                return null;
            }
            for (int i = 0; i < k; i++) {
                if (t.source(t.connectionStart(n) + i) != sourceStart + i) {
                    return null;
                }
            }
        }
        return new DenseLayer(count, sourceStart, k, weightStart);
    }
}
